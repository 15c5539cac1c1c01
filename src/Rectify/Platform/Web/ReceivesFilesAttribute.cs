namespace Rectify.Platform.Web;

/// <summary>Marks a page that receives files: its requests may be as large as Rectify:Uploads:MaxBytes allows.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ReceivesFilesAttribute : Attribute;
