using System.IO.Compression;
using System.Xml;
using Rectify.Platform.Web;

namespace Rectify.Platform.Files;

/// <summary>
/// A .docx or .xlsx holding only text, tables and pictures: no macros (vbaProject.bin, macro-enabled content types),
/// no embedded OLE objects or ActiveX controls, and no relationship reaching outside the file except a hyperlink
/// (external workbooks, remote templates, linked objects). Run after the <see cref="ArchiveGuard"/>.
/// </summary>
public static class OfficeCheck
{
    private const string HyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    public static void Check(Stream package)
    {
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName.ToLowerInvariant();
                if (name.EndsWith("vbaproject.bin") || name.EndsWith("vbadata.xml")) throw RuleViolation.Invalid(FileErrors.OfficeMacro);
                if (name.Contains("/embeddings/") || name.Contains("oleobject") || name.Contains("/activex/"))
                    throw RuleViolation.Invalid(string.Format(FileErrors.OfficeEmbedded, entry.FullName));
                if (name.Contains("/externallinks/")) throw RuleViolation.Invalid(string.Format(FileErrors.OfficeExternal, entry.FullName));
                if (name == "[content_types].xml" && Read(entry).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                    throw RuleViolation.Invalid(FileErrors.OfficeMacro);
                if (name.EndsWith(".rels") && ExternalTarget(entry) is { } target)
                    throw RuleViolation.Invalid(string.Format(FileErrors.OfficeExternal, target));
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw RuleViolation.Invalid(FileErrors.NotAnArchive);
        }
        finally
        {
            package.Position = 0;
        }
    }

    private static string? ExternalTarget(ZipArchiveEntry rels)
    {
        using var reader = XmlReader.Create(rels.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            if (reader.GetAttribute("TargetMode") == "External" && reader.GetAttribute("Type") != HyperlinkType)
            {
                var target = reader.GetAttribute("Target") ?? "";
                return target.Length <= 60 ? target : target[..60] + "…";
            }
        }
        return null;
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
