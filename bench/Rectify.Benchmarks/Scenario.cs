using Rectify.Features.Rounds.Ledger;

namespace Rectify.Benchmarks;

/// <summary>One kind of request, as one account sends it; the ledger ones also carry their filter for the SQL timing.</summary>
public sealed record Scenario(string Name, string Account, Func<int, HttpRequestMessage> Request, LedgerFilter? Filter = null);
