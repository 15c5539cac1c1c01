namespace Rectify.Features.Demo.Generator;

/// <summary>What was written, and the accounts to sign in with.</summary>
public sealed record GeneratorResult(IReadOnlyDictionary<string, long> Rows, IReadOnlyList<string> Accounts, string Password, TimeSpan Elapsed);
