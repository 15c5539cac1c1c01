namespace Rectify.BrowserTests;

/// <summary>One demo site and one browser for every journey: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<DemoSite>
{
    public const string Name = "demo site";
}
