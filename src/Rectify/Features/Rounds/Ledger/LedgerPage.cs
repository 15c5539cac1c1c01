namespace Rectify.Features.Rounds.Ledger;

/// <summary>
/// One page of the ledger. <see cref="Total"/> is exact unless <see cref="TotalIsEstimate"/> (a large view on PostgreSQL,
/// exact=true counts it); <see cref="Next"/> is the <c>after=</c> cursor of the next page, null on the last (or for sorts
/// paged by number only).
/// </summary>
public sealed record LedgerPage(IReadOnlyList<LedgerRow> Items, int Total, bool TotalIsEstimate, int PageNumber, int PageSize, string? Next)
{
    /// <summary>Paged by key: no <see cref="Next"/> means the last page.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public bool ByKey { get; init; }

    public int PageCount => Math.Max(PageNumber, (Total + PageSize - 1) / PageSize);

    /// <summary>共71条措施: the page's total, which its summary has counted exactly (estimates are the API's, <see cref="TotalIsEstimate"/>).</summary>
    public string TotalText => $"共 {Total} 条措施";
}
