using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Documents;

/// <summary>Every demo round's ledger exported and imported back as a new round reads the same.</summary>
public class DemoSheetRoundTripTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task Every_demo_rounds_export_imports_back_into_the_same_ledger()
    {
        var office = demo.Office;
        // A round with no measures has no ledger to export (the report parser's business, not the sheet's).
        var rounds = (await office.GetFromJsonAsync<JsonElement>("/api/v1/rounds")).EnumerateArray().Where(r => r.GetProperty("measures").GetInt32() > 0)
            .Select(r => (Id: r.GetProperty("id").GetGuid(), Title: r.GetProperty("title").GetString()!)).ToList();
        Assert.True(rounds.Count >= 4);

        foreach (var (id, title) in rounds)
        {
            var details = await office.GetFromJsonAsync<JsonElement>($"/api/v1/rounds/{id}");
            var sheet = await (await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={id}")).Content.ReadAsByteArrayAsync();

            var response = await office.PostAsync("/api/v1/rounds/import.xlsx",
                TestSheet.Form(sheet, details.GetProperty("inspectedUnitId").GetGuid(), title + "（导入）", details.GetProperty("inspectingBody").GetString()!));

            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{title}: {await response.Content.ReadAsStringAsync()}");
            var copy = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
            // Statuses are not carried over (an import never closes a measure): everything else is, progress texts included.
            var original = await OfficeSheets.LedgerAsync(office, id, withStatus: false);
            Assert.NotEmpty(original);
            Assert.Equal(original, await OfficeSheets.LedgerAsync(office, copy, withStatus: false));
        }
    }
}
