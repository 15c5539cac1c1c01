namespace Rectify.Platform.Data;

/// <summary>An entity whose updates are checked against the version the editor saw.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
