namespace Rectify.Platform.Web;

/// <summary>Every message the platform itself can refuse with.</summary>
public static class PlatformErrors
{
    public const string NotFound = "未找到该记录，可能已被删除或您无权查看";
    public const string Forbidden = "您没有执行此操作的权限";
    public const string Unauthenticated = "请先登录";
    public const string Conflict = "该记录已被他人修改，请查看当前内容后重新提交";
    public const string Invalid = "提交的内容有误，请检查后重试";
    public const string Unexpected = "系统发生错误，请稍后重试；如持续出现请联系管理员";
    public const string TooLarge = "上传的文件超过大小限制";
    public const string BodyTooLarge = "提交的内容过大（上限为 {0}），未予处理；如需上传文件，请在上传文件的页面提交";
    public const string BadRequest = "请求格式有误";
    public const string ValueInvalid = "“{0}”不是有效的值，请重新填写";
    public const string ValueUnreadable = "填写的内容无法识别，请重新填写";
    public const string NumberRequired = "此项应填写数字";
    public const string ValueRequired = "此项不能为空";
    public const string BodyRequired = "请求内容不能为空";
    public const string IdempotencyKeyTooLong = "请求标识（Idempotency-Key）不能超过100个字符";
    public const string Busy = "数据库正忙（可能有大批量导入正在写入），本次提交未保存；请稍后重试";
    public const string StillRunning = "同一内容的上一次提交仍在处理中，请稍候刷新页面查看结果";
}
