namespace Sanctum.Api.Http;

public static class TextLists
{
    /// <summary>A short list of short phrases (symptoms, things done): no blanks, bounded in count and length.</summary>
    public static void TextList(this ValidationErrors errors, string field, List<string>? items, int maxItems = 20, int maxLength = 200)
    {
        if (items is null) return;
        if (items.Count > maxItems) errors.Add(field, $"At most {maxItems} items.");
        for (var i = 0; i < items.Count; i++) errors.Required($"{field}[{i}]", items[i], maxLength);
    }

    public static List<string> Trimmed(this List<string>? items) => (items ?? []).Select(s => s.Trim()).ToList();
}
