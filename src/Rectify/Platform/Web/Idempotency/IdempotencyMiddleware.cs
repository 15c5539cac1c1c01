using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Platform.Web.Idempotency;

/// <summary>
/// Answers a repeated POST (same user, same key, same action) with the first answer instead of doing the work again.
/// The first request claims the key by inserting its row (a unique index decides between two at once); a repeat
/// that arrives while the first is still running waits for its answer. Refusals are forgotten, so a corrected form
/// can be sent again; a repeat waiting on a refused first therefore runs itself and meets the same refusal.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    /// <summary>A claim older than this without an answer was left by a crash and may be taken again.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(5);

    public async Task InvokeAsync(HttpContext http, IServiceScopeFactory scopes, ICurrentUser user, TimeProvider time)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || user.Id is not { } userId || await KeyOfAsync(http) is not { } key)
        {
            await next(http);
            return;
        }
        if (key.Length > IdempotentRequest.MaxKeyLength)
        {
            await Results.Problem(statusCode: 400, title: PlatformErrors.IdempotencyKeyTooLong).ExecuteAsync(http);
            return;
        }
        var target = $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}";
        if (target.Length > 400) target = target[..400];
        // A context of its own: the request's may hold changes its action refused, which must never be saved here.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var claim = new IdempotentRequest(userId, key, target, time.GetUtcNow());
            bool claimed;
            try
            {
                claimed = await TryClaimAsync(db, claim, time, http.RequestAborted);
            }
            catch (Exception e) when (DatabaseBusy.Is(e))
            {
                // The database takes no write now: the action runs unguarded and meets the same refusal itself, which
                // a page shows beside what the user typed (a second submit then cannot have created anything either).
                await next(http);
                return;
            }
            if (claimed)
            {
                await AnswerAndKeepAsync(http, db, claim);
                return;
            }
            var (first, gone) = await FirstAnswerAsync(db, userId, key, target, waited, http.RequestAborted);
            if (first is not null)
            {
                await ReplayAsync(http, first);
                return;
            }
            // The first was refused and forgot its key: this identical request runs itself and meets the same outcome.
            if (gone && waited.Elapsed < Wait) continue;
            http.Response.Headers.RetryAfter = "2";
            await Results.Problem(statusCode: 409, title: PlatformErrors.StillRunning).ExecuteAsync(http);
            return;
        }
    }

    private static async Task<string?> KeyOfAsync(HttpContext http)
    {
        if (http.Request.Headers.TryGetValue(Header, out var header) && !string.IsNullOrWhiteSpace(header)) return header.ToString().Trim();
        if (http.Request.Path.StartsWithSegments("/api") || !http.Request.HasFormContentType) return null;
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        return form.TryGetValue(IdempotencyKeyTagHelper.FieldName, out var field) && !string.IsNullOrWhiteSpace(field) ? field.ToString() : null;
    }

    /// <summary>Inserts the claim; only when the key is taken is a claim left by a crash looked for, freed, and tried once more.</summary>
    private static async Task<bool> TryClaimAsync(RectifyDbContext db, IdempotentRequest claim, TimeProvider time, CancellationToken ct)
    {
        if (await InsertAsync(db, claim, ct)) return true;
        var abandonedBefore = time.GetUtcNow() - Abandoned;
        var freed = await db.Set<IdempotentRequest>()
            .Where(r => r.UserId == claim.UserId && r.Key == claim.Key && r.Target == claim.Target && r.StatusCode == null && r.CreatedAt < abandonedBefore)
            .ExecuteDeleteAsync(ct);
        return freed > 0 && await InsertAsync(db, claim, ct);
    }

    private static async Task<bool> InsertAsync(RectifyDbContext db, IdempotentRequest claim, CancellationToken ct)
    {
        db.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (!DatabaseBusy.Is(e))
        {
            db.Entry(claim).State = EntityState.Detached;
            return false;
        }
    }

    private async Task AnswerAndKeepAsync(HttpContext http, RectifyDbContext db, IdempotentRequest claim)
    {
        var original = http.Response.Body;
        var capture = new CapturingStream(original, IdempotentRequest.MaxStoredBody);
        http.Response.Body = capture;
        var kept = false;
        try
        {
            await next(http);
            var status = http.Response.StatusCode;
            if (status is >= 200 and < 400)
            {
                claim.Answered(status, http.Response.ContentType, http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null, capture.Captured);
                await db.SaveChangesAsync(CancellationToken.None);
                kept = true;
            }
        }
        finally
        {
            http.Response.Body = original;
            // A refusal or a failure leaves nothing done: forget the key so the corrected request may run.
            if (!kept) await db.Set<IdempotentRequest>().Where(r => r.Id == claim.Id).ExecuteDeleteAsync(CancellationToken.None);
        }
    }

    /// <summary>Waits for the first request's answer; <c>Gone</c> when its claim vanished (it was refused or failed).</summary>
    private static async Task<(IdempotentRequest? Answer, bool Gone)> FirstAnswerAsync(
        RectifyDbContext db, Guid userId, string key, string target, System.Diagnostics.Stopwatch waited, CancellationToken ct)
    {
        while (true)
        {
            var first = await db.Set<IdempotentRequest>().AsNoTracking()
                .FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key && r.Target == target, ct);
            if (first is null) return (null, true);
            if (first.IsAnswered) return (first, false);
            if (waited.Elapsed > Wait) return (null, false);
            await Task.Delay(200, ct);
        }
    }

    private static async Task ReplayAsync(HttpContext http, IdempotentRequest first)
    {
        http.Response.StatusCode = first.StatusCode!.Value;
        if (first.ContentType is not null) http.Response.ContentType = first.ContentType;
        if (first.Location is not null) http.Response.Headers.Location = first.Location;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (first.Body is { Length: > 0 } body) await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
