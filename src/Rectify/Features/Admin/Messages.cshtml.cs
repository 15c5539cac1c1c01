using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;
using Rectify.Features.Admin.Messages;
using Rectify.Features.Rounds;
using Rectify.Platform;
using Rectify.Platform.Jobs.Outbox;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin;

[Authorize(Roles = nameof(Platform.Security.Role.SystemAdmin))]
public sealed class MessagesModel(DeliveryQuery deliveries, RetryDelivery retry, Webhooks webhooks, JobQuery jobs, ScopeUnits units,
    IOptions<RectifyOptions> options) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public DeliveryView View { get; set; } = DeliveryView.Failed;
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public Page<DeliveryRow> Rows { get; private set; } = new([], 0, 1, Paging.DefaultSize);
    public DeliveryCounts Counts { get; private set; } = new(0, 0, 0, 0);
    public List<WebhookRow> Hooks { get; private set; } = [];
    public IReadOnlyList<JobRow> Jobs { get; private set; } = [];
    public bool SchedulerRunning => jobs.Running;
    /// <summary>The units of the hooks and of a refused new hook, as the hooks' unit pickers show them.</summary>
    public IReadOnlyDictionary<Guid, PickerChoice> Units { get; private set; } = new Dictionary<Guid, PickerChoice>();
    public SmtpOptions Smtp => options.Value.Messaging.Smtp;
    public WebhookInput? Hook { get; set; }

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        Rows = await deliveries.ListAsync(View, PageNumber, ct);
        Counts = await deliveries.CountAsync(ct);
        Hooks = await webhooks.ListAsync(ct);
        Jobs = await jobs.ListAsync(ct);
        var shown = Hooks.Select(h => h.UnitId).Append(Hook?.UnitId ?? Guid.Empty).Where(id => id != Guid.Empty).ToList();
        Units = (await units.FindAsync(shown, ct, everyUnit: true)).ToDictionary(u => u.Id);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        await retry.HandleAsync(id, ct);
        TempData["Message"] = "已重新排队发送";
        return RedirectToPage(new { View });
    }

    public async Task<IActionResult> OnPostHookAsync([Bind(Prefix = nameof(Hook))] WebhookInput input, Guid? id, CancellationToken ct)
    {
        Hook = input;
        if (!ModelState.IsValid)
        {
            await ReloadAsync(ct);
            return Page();
        }
        if (id is { } existing) await webhooks.EditAsync(existing, input, ct);
        else await webhooks.CreateAsync(input, ct);
        TempData["Message"] = $"已保存接收地址“{input.Name.Trim()}”";
        return RedirectToPage(new { View });
    }

    public async Task<IActionResult> OnPostTestHookAsync(Guid id, CancellationToken ct)
    {
        await webhooks.TestAsync(id, ct);
        TempData["Message"] = "测试消息已排队，稍后在“等待发送”或“已发送”中查看结果";
        return RedirectToPage(new { View = DeliveryView.Waiting });
    }

    public async Task<IActionResult> OnPostTestEmailAsync(CancellationToken ct)
    {
        await webhooks.TestEmailAsync(ct);
        TempData["Message"] = "测试邮件已排队，稍后在“等待发送”或“已发送”中查看结果";
        return RedirectToPage(new { View = DeliveryView.Waiting });
    }

    public string Link(DeliveryView view, int page = 1) => $"/Admin/Messages?view={view}" + (page > 1 ? $"&p={page}" : "");

    public static string StatusLabel(DeliveryRow row) => row.Status switch
    {
        DeliveryStatus.Sent => "已发送",
        DeliveryStatus.Failed => "发送失败",
        DeliveryStatus.Sending => "发送中",
        _ => row.Attempts > 0 ? $"第{row.Attempts}次失败，等待重试" : "等待发送",
    };

    public static string ChannelLabel(Channel channel) => channel == Channel.Email ? "邮件" : channel == Channel.Webhook ? "群机器人/接口" : "站内";
}

/// <summary>A hook's fields: its input, its unit as the picker shows it, whether it exists, and an id for the page (hook-new for a new one).</summary>
public sealed record WebhookFieldsModel(WebhookInput Input, PickerChoice? Unit, bool Editing, string Id);
