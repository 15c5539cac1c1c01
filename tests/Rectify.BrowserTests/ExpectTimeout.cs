using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>Assertions wait longer than Playwright's 5 s default: CI machines have two busy cores.</summary>
internal static class ExpectTimeout
{
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void Set() => Assertions.SetDefaultExpectTimeout(30_000);
}
