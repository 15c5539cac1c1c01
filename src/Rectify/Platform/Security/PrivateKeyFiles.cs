using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Rectify.Platform.Data;

namespace Rectify.Platform.Security;

/// <summary>The data-protection key ring in {DataDir}/keys: folder 0700, each key file 0600.</summary>
public sealed class PrivateKeyFiles : IXmlRepository
{
    private readonly DirectoryInfo folder;
    private readonly FileSystemXmlRepository files;

    public PrivateKeyFiles(string path)
    {
        PrivateFiles.CreateDirectory(path);
        folder = new DirectoryInfo(path);
        files = new FileSystemXmlRepository(folder, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        RestrictAll();
    }

    public IReadOnlyCollection<XElement> GetAllElements() => files.GetAllElements();

    public void StoreElement(XElement element, string friendlyName)
    {
        files.StoreElement(element, friendlyName);
        RestrictAll();
    }

    private void RestrictAll()
    {
        foreach (var file in folder.EnumerateFiles()) PrivateFiles.Restrict(file.FullName);
    }
}
