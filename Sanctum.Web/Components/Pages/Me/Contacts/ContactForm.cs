using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Components.Shared;

namespace Sanctum.Web.Components.Pages.Me.Contacts;

public sealed class ContactForm : IRecordForm<ContactRequest>
{
    public string? Name { get; set; }

    public string? Relationship { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? WhenToCall { get; set; }

    public bool AlertsOptIn { get; set; }

    public static ContactForm From(ContactResponse contact) => new()
    {
        Name = contact.Name,
        Relationship = contact.Relationship,
        Phone = contact.Phone,
        Email = contact.Email,
        WhenToCall = contact.WhenToCall,
        AlertsOptIn = contact.AlertsOptIn,
    };

    public ContactRequest ToRequest() => new(Name, Relationship, Email, Phone, WhenToCall, AlertsOptIn);
}
