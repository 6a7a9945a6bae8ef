using Microsoft.EntityFrameworkCore;

namespace Sanctum.Api.Http;

/// <summary>?page=1&amp;pageSize=20 on every list; lists are never returned whole.</summary>
public sealed record PageQuery(int? Page, int? PageSize) : IValidatedRequest
{
    public const int MaxPageSize = 100;

    /// <summary>Far beyond any real list; keeps the row offset inside an int.</summary>
    public const int MaxPage = 100_000;

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 20;

    public void Validate(ValidationErrors errors)
    {
        errors.Range("page", PageNumber, 1, MaxPage);
        errors.Range("pageSize", Size, 1, MaxPageSize);
    }
}

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

public static class PagingExtensions
{
    public static async Task<PagedList<TResult>> ToPageAsync<TRecord, TResult>(
        this IQueryable<TRecord> ordered, PageQuery query, Func<TRecord, TResult> map, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((query.PageNumber - 1) * query.Size).Take(query.Size).ToListAsync(cancellationToken);
        return new PagedList<TResult>(items.Select(map).ToList(), query.PageNumber, query.Size, total);
    }
}
