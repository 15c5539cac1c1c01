using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Rectify.Platform.Web;

/// <summary>A page that can load its data again to show the form with the refusal beside it.</summary>
public interface IReloadablePage
{
    Task ReloadAsync(CancellationToken ct);
}

/// <summary>Puts the same refusals the API returns into ModelState, keeping what the user typed.</summary>
public sealed class RuleViolationPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled) return;
        var message = executed.Exception switch
        {
            RuleViolation rule => rule.Message,
            ConcurrencyConflict conflict => conflict.Message,
            DbUpdateConcurrencyException => PlatformErrors.Conflict,
            var e when Data.DatabaseBusy.Is(e) => PlatformErrors.Busy,
            _ => null,
        };
        if (executed.Exception is NotFoundException)
        {
            executed.Result = new NotFoundResult();
            executed.ExceptionHandled = true;
            return;
        }
        if (executed.Exception is ForbiddenException forbidden && context.HandlerInstance is PageModel)
        {
            executed.Result = new ForbidResult();
            executed.ExceptionHandled = true;
            return;
        }
        if (message is null || context.HandlerInstance is not PageModel page) return;
        page.ModelState.AddModelError("", message);
        // A lost race shows the current values: reload them; other refusals keep the user's input.
        if (context.HandlerInstance is IReloadablePage reloadable)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<Data.RectifyDbContext>();
            db.ChangeTracker.Clear();
            await reloadable.ReloadAsync(context.HttpContext.RequestAborted);
        }
        executed.Result = page.Page();
        executed.ExceptionHandled = true;
        if (message == PlatformErrors.Busy)
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Data.DatabaseBusy.AddRetryAfter(context.HttpContext.Response);
        }
    }
}
