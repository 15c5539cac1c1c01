using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rectify.Features;

/// <summary>The page a browser sees for 404, 403 and unexpected errors, in the users' words.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [FromRoute] public int Code { get; set; }
    public string Title { get; private set; } = "";
    public string Detail { get; private set; } = "";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        var busy = Platform.Data.DatabaseBusy.Is(HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error);
        (Title, Detail) = Code switch
        {
            _ when busy => ("数据库正忙", "可能有大批量导入正在写入，本次操作未完成；请稍后刷新重试。"),
            404 => ("未找到该页面", "您要查看的内容不存在，可能已被删除，或不在您的管辖范围内。"),
            403 => ("无权访问", "您没有访问该页面的权限。如需开通，请联系系统管理员。"),
            413 => ("提交的内容过大", "提交的内容超过了允许的大小，未予处理。请精简内容或减小文件后重试。"),
            _ => ("系统发生错误", "请稍后重试；如持续出现，请联系管理员。"),
        };
        if (Code is >= 400 and < 600) Response.StatusCode = Code;
        if (busy)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Platform.Data.DatabaseBusy.AddRetryAfter(Response);
        }
    }
}
