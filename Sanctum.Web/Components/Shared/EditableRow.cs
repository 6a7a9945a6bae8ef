namespace Sanctum.Web.Components.Shared;

/// <summary>One row of an <see cref="EditableList{TItem}"/>: the item, and its place for labels and ids.</summary>
public sealed record EditableRow<TItem>(TItem Item, int Index)
{
    /// <summary>1-based, as people count.</summary>
    public int Number => Index + 1;
}
