namespace Rectify.Benchmarks;

/// <summary>One kind of request, as one account sends it; reads also carry the same read run in process, for the SQL timing.</summary>
public sealed record Scenario(string Name, string Account, Func<int, HttpRequestMessage> Request, Func<IServiceProvider, Task>? InProcess = null);
