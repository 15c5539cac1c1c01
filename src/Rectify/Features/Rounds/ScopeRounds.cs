using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>
/// The rounds a user sees, for the pages' round pickers (a sheet imported into a round, an appeal raised into one, a
/// dispatch's or the dashboard's scope): searched by title or inspected unit, newest first, instead of listing a
/// province office's 500 rounds on every such page.
/// </summary>
public sealed class ScopeRounds(RectifyDbContext db, RoundAccess access)
{
    private const int SearchResults = 20;

    /// <summary>A round picker on a page, asking the ledger's round search (every role that sees rounds may read the ledger).</summary>
    public static UnitPicker Picker(string name, string label, PickerChoice? chosen, string placeholder, string cssClass = "", string id = "round-text") =>
        new(name, label, chosen, cssClass, id)
        {
            Source = "/Rounds/Ledger?handler=Rounds",
            Placeholder = placeholder,
            Nothing = "没有标题或被巡察单位含此文字的轮次",
            TestId = "round-picker",
        };

    /// <summary>
    /// The visible rounds whose title or inspected unit holds the text, in the rounds list's order (latest feedback first,
    /// self-examinations without a date after them), at most 20; with no text, the newest.
    /// </summary>
    public async Task<IReadOnlyList<PickerChoice>> SearchAsync(string? text, CancellationToken ct)
    {
        text = text?.Trim() ?? "";
        if (text.Length > ScopeUnits.MaxSearchLength) throw new RuleViolation(RoundsErrors.RoundSearchTooLong, StatusCodes.Status422UnprocessableEntity);
        var rounds = await access.VisibleRoundsAsync(ct);
        if (text.Length > 0)
        {
            var pattern = "%" + LikePattern.Escape(text) + "%";
            var units = db.Set<Unit>().Where(u => EF.Functions.Like(u.ShortName, pattern, LikePattern.EscapeChar) || EF.Functions.Like(u.Name, pattern, LikePattern.EscapeChar));
            rounds = rounds.Where(r => EF.Functions.Like(r.Title, pattern, LikePattern.EscapeChar) || units.Select(u => u.Id).Contains(r.InspectedUnitId));
        }
        return await ChoicesAsync(RoundListQuery.InListOrder(rounds).ThenBy(r => r.Id).Take(SearchResults), ct);
    }

    /// <summary>The round as its picker shows it, or null when the user does not see it.</summary>
    public async Task<PickerChoice?> FindAsync(Guid? roundId, CancellationToken ct) =>
        roundId is { } id ? (await ChoicesAsync((await access.VisibleRoundsAsync(ct)).Where(r => r.Id == id), ct)).SingleOrDefault() : null;

    /// <summary>Each round by its title, with its inspected unit and feedback date beneath to tell like titles apart.</summary>
    private async Task<IReadOnlyList<PickerChoice>> ChoicesAsync(IQueryable<Round> rounds, CancellationToken ct)
    {
        var found = await rounds.Select(r => new
        {
            r.Id, r.Title, r.FeedbackDate,
            Unit = db.Set<Unit>().Where(u => u.Id == r.InspectedUnitId).Select(u => u.ShortName).FirstOrDefault(),
        }).ToListAsync(ct);
        return found.Select(r => new PickerChoice(r.Id, r.Title,
            string.Join("，", new[] { r.Unit, r.FeedbackDate is { } d ? d.ToChinese() + "反馈" : null }.Where(s => !string.IsNullOrEmpty(s))))).ToList();
    }
}
