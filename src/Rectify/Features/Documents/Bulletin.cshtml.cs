using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Calendar;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents;

/// <summary>
/// A round's progress bulletin: the preview as it will print, downloads as Word, PDF and web page, and (for the
/// office) the narratives it prints, edited beside the preview.
/// </summary>
[Authorize(Policy = Policies.LedgerReader)]
public sealed class BulletinModel(BulletinDocuments documents, RoundDetailsQuery rounds, UserScope user, PdfConverter pdf, IssuedBulletins issued,
    BulletinEditsQuery edits, TimeProvider time)
    : PageModel, IReloadablePage
{
    [FromRoute] public Guid Id { get; set; }
    /// <summary>成文日期： the date the bulletin is written as of; today unless chosen.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? Date { get; set; }
    [BindProperty] public TextsForm Texts { get; set; } = new();

    public RoundDetails Round { get; private set; } = null!;
    public Bulletins.Bulletin Bulletin { get; private set; } = null!;
    public bool IsOffice { get; private set; }
    public bool PdfAvailable { get; private set; }
    public IReadOnlyList<IssuedBulletinRow> Issued { get; private set; } = [];
    /// <summary>The paragraph being rewritten (?edit=opening or problem:…), with its text and version.</summary>
    [BindProperty(SupportsGet = true)] public string? Edit { get; set; }
    [BindProperty] public ParagraphForm Paragraph { get; set; } = new();

    public sealed class ParagraphForm
    {
        public int Version { get; set; }
        public string? Text { get; set; }
    }

    public sealed class TextsForm
    {
        public int Version { get; set; }
        public string? OrganisationText { get; set; }
        public string? NextStepsText { get; set; }
        public string? ContactText { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        Texts = new TextsForm
        {
            Version = Round.Version, OrganisationText = Round.OrganisationText, NextStepsText = Round.NextStepsText, ContactText = Round.ContactText,
        };
        if (Edit is { } key && IsOffice)
        {
            var (text, version) = await edits.CurrentAsync(Id, key, ct);
            Paragraph = new ParagraphForm { Version = version, Text = text ?? string.Join("\n", Bulletin.Paragraphs.Where(p => p.Key == key).Select(p => p.Text)) };
        }
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Bulletin = await documents.ComposeAsync(Id, Date, ct);
        Round = await rounds.HandleAsync(Id, ct);
        IsOffice = (await user.LoadAsync(ct)).Role == Role.Office;
        PdfAvailable = pdf.IsAvailable;
        Issued = await issued.ListAsync(Id, ct);
        Date ??= time.Today();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] UpdateRoundTexts action, CancellationToken ct)
    {
        await action.HandleAsync(Id, new RoundTextsInput(Texts.Version, Texts.OrganisationText, Texts.NextStepsText, Texts.ContactText), ct);
        TempData["Message"] = "通报文字已保存";
        return Redirect($"/Documents/Bulletin/{Id}" + (Date is { } d ? $"?date={d:yyyy-MM-dd}" : ""));
    }

    public async Task<IActionResult> OnPostParagraphAsync([FromServices] EditBulletinParagraph action, CancellationToken ct)
    {
        await action.HandleAsync(Id, Edit ?? "", new BulletinParagraphInput(Paragraph.Version, Paragraph.Text), ct);
        TempData["Message"] = string.IsNullOrWhiteSpace(Paragraph.Text) ? "已恢复自动生成的文字" : "段落已保存";
        return Redirect($"/Documents/Bulletin/{Id}" + (Date is { } d ? $"?date={d:yyyy-MM-dd}" : ""));
    }

    public async Task<IActionResult> OnPostIssueAsync([FromServices] IssueBulletin action, CancellationToken ct)
    {
        var row = await action.HandleAsync(Id, new IssueBulletinInput(Date), ct);
        TempData["Message"] = $"已印发第{row.Number}期";
        return Redirect($"/Documents/Bulletin/{Id}" + (Date is { } d ? $"?date={d:yyyy-MM-dd}" : ""));
    }

    public async Task<IActionResult> OnGetIssuedAsync(int number, string format, CancellationToken ct)
    {
        var (content, type, name) = await issued.FileAsync(Id, number, format, ct);
        return File(content, type, name);
    }

    public string EditLink(string key) => $"?date={Date:yyyy-MM-dd}&edit={Uri.EscapeDataString(key)}#paragraph";

    public async Task<IActionResult> OnGetDownloadAsync(string format, CancellationToken ct)
    {
        var (content, type, name) = await documents.RenderAsync(Id, format, Date, ct);
        return File(content, type, name);
    }

    public string DownloadLink(string format) => $"?handler=Download&format={format}&date={Date:yyyy-MM-dd}";

    public string DateText => Date?.ToChinese() ?? "";
}
