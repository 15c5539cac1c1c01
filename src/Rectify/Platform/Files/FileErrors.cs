namespace Rectify.Platform.Files;

/// <summary>Every message an uploaded file can be refused with: what is too large or not allowed, and the limit.</summary>
public static class FileErrors
{
    public const string NotAnArchive = "文件已损坏或不是有效的 Office 文件，请用 Word 或 Excel 另存后重新上传";
    public const string TooManyEntries = "文件内部包含的部件过多（{0} 个，上限 {1} 个），请另存为普通文档后重新上传";
    public const string TooLargeInflated = "文件解压后过大（超过 {0}），请拆分后重新上传";
    public const string RatioTooHigh = "文件中的“{0}”压缩比异常（超过 {1} 倍），疑为恶意构造的文件，已拒绝";
    public const string SizeMismatch = "文件中的“{0}”实际内容与声明的大小或校验值不符，疑为恶意构造的文件，已拒绝";
    public const string NestedArchive = "文件中嵌有其他压缩文件（“{0}”），请删除嵌入的对象后重新上传";
    public const string BadEntryName = "文件中的部件名称“{0}”不合法，已拒绝";
    public const string DuplicateEntry = "文件中的部件“{0}”重复出现，疑为恶意构造的文件，已拒绝";

    public const string TooManyRows = "表格行数过多（超过 {0} 行），请拆分后分批导入";
    public const string TooManyColumns = "表格列数过多（第 {0} 列超出了 {1} 列的上限），请删除多余的列后重新上传";
    public const string CellTooLong = "第 {0} 行第 {1} 列的内容过长（超过 {2} 字），请精简后重新上传";
    public const string SharedTextTooLong = "表格中有一段文字过长（超过 {0} 字），请精简后重新上传";
    public const string TooManyCells = "表格中的单元格（含合并单元格展开后）过多（超过 {0} 个），请删除多余的内容后重新上传";
    public const string SheetTooLong = "表格的文字总量过大（超过 {0} 字），请拆分后分批导入";

    public const string PdfUnreadable = "该文件不是有效的 PDF 文件，无法打开，请重新导出 PDF 后上传";
    public const string PdfActive = "该 PDF 含有脚本、自动操作、启动程序或嵌入文件（{0}），存在安全风险，请另存为普通 PDF 后上传";
    public const string ImageUnreadable = "该图片已损坏或不是有效的 {0} 图片，请重新保存后上传";
    public const string ImageTrailing = "该图片结尾后还附有其他内容，疑为伪装的文件，请重新保存图片后上传";
    public const string ImageTooLarge = "图片尺寸过大（{0}×{1} 像素，上限 {2} 万像素），请缩小后上传";
    public const string OfficeMacro = "该文件含有宏，存在安全风险，请另存为不含宏的 .docx 或 .xlsx 后上传";
    public const string OfficeEmbedded = "该文件含有嵌入的对象或控件（{0}），存在安全风险，请删除后重新上传";
    public const string OfficeExternal = "该文件含有指向外部的链接或模板（{0}），存在安全风险，请删除后重新上传";

    public const string VirusFound = "该文件未通过病毒查杀（{0}），已拒绝";
    public const string ScannerUnavailable = "病毒查杀服务暂时无法连接，为安全起见文件未保存，请稍后重试或联系管理员";
    public const string Tampered = "该文件在服务器上的内容与上传时不一致，可能已被篡改，已停止下载，请联系管理员";
    public const string Missing = "该文件在服务器上已不存在，请联系管理员";

    public static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024 / 1024} MB" : $"{bytes / 1024} KB";
}
