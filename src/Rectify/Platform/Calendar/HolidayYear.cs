using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectify.Platform.Calendar;

/// <summary>One year's official arrangement, in the published holiday-cn file format.</summary>
public sealed record HolidayYear(int Year, IReadOnlyList<HolidayDay> Days)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static HolidayYear Read(Stream json)
    {
        var file = JsonSerializer.Deserialize<HolidayFile>(json, Json)
            ?? throw new InvalidDataException("节假日安排文件为空");
        if (file.Year is < 2000 or > 2100) throw new InvalidDataException("节假日安排文件缺少有效年份");
        return new HolidayYear(file.Year, file.Days.Select(d => new HolidayDay(d.Date, d.Name ?? "", d.IsOffDay)).ToList());
    }

    private sealed record HolidayFile(int Year, List<HolidayFileDay> Days);

    private sealed record HolidayFileDay(
        [property: JsonConverter(typeof(DateOnlyJsonConverter))] DateOnly Date, string? Name, bool IsOffDay);
}

public sealed record HolidayDay(DateOnly Date, string Name, bool IsOffDay);

internal sealed class DateOnlyJsonConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateOnly.ParseExact(reader.GetString() ?? "", "yyyy-MM-dd");

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd"));
}
