using Rectify.Platform.Files;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals.Hotline;

/// <summary>The uploaded hotline export, refused before reading when missing or too large, in the hotline's words.</summary>
public static class HotlineUpload
{
    /// <summary>A month of a city's 12345 records (tens of thousands of rows) is a few MB; twice that is still read in seconds.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <param name="uploadLimit">Rectify:Uploads:MaxBytes: a smaller upload limit is the hotline's too.</param>
    public static Stream Open(IFormFile? file, long uploadLimit)
    {
        if (file is null || file.Length == 0) throw RuleViolation.Invalid(AppealErrors.HotlineNoFile);
        var limit = Math.Min(MaxBytes, uploadLimit);
        if (file.Length > limit) throw RuleViolation.Invalid(string.Format(AppealErrors.HotlineTooLarge, FileErrors.Size(limit)));
        return file.OpenReadStream();
    }
}
