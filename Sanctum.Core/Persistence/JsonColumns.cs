using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sanctum.Core.Persistence;

/// <summary>
/// Small structured values kept in one jsonb column. A plain converted column (not an owned type) makes an
/// edit count as a change of the record itself, which is what the audit trail needs to see.
/// </summary>
public static class JsonColumns
{
    public static PropertyBuilder<List<T>> IsJsonList<T>(this PropertyBuilder<List<T>> property) => JsonList(property, JsonSerializerOptions.Web);

    private static readonly JsonSerializerOptions EnumNames = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A list of enum values kept by name, like every enum column, so reordering the enum is safe.</summary>
    public static PropertyBuilder<List<TEnum>> IsJsonNameList<TEnum>(this PropertyBuilder<List<TEnum>> property) where TEnum : struct, Enum =>
        JsonList(property, EnumNames);

    private static PropertyBuilder<List<T>> JsonList<T>(PropertyBuilder<List<T>> property, JsonSerializerOptions options) =>
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, options),
            json => JsonSerializer.Deserialize<List<T>>(json, options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (left, right) => left!.SequenceEqual(right!),
                value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                value => value.ToList()));

    public static PropertyBuilder<Dictionary<string, int>> IsJsonDictionary(this PropertyBuilder<Dictionary<string, int>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<Dictionary<string, int>>(json, JsonSerializerOptions.Web) ?? new Dictionary<string, int>(),
            new ValueComparer<Dictionary<string, int>>(
                (left, right) => left!.Count == right!.Count && !left.Except(right).Any(),
                value => value.OrderBy(pair => pair.Key).Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
                value => new Dictionary<string, int>(value)));
}
