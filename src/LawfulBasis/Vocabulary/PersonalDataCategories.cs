namespace LawfulBasis;

// The built-in categories of ordinary personal data (Art. 4(1)). One attribute type per category.

/// <summary>A person's name: given, family, full or display name, initials.</summary>
public sealed class NameDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>NameData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public NameDataAttribute()
        : base(GdprTaxonomy.NameData.Value)
    {
    }
}

/// <summary>Contact details: e-mail address, telephone number, messaging handle.</summary>
public sealed class ContactDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>ContactData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public ContactDataAttribute()
        : base(GdprTaxonomy.ContactData.Value)
    {
    }
}

/// <summary>A postal or residential address, or one of its parts (street, city, postcode).</summary>
public sealed class AddressDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>AddressData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public AddressDataAttribute()
        : base(GdprTaxonomy.AddressData.Value)
    {
    }
}

/// <summary>An identifier issued by a public authority: national identity or social-security number, passport, driving-licence or tax number.</summary>
public sealed class GovernmentIdentifierDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>GovernmentIdentifierData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public GovernmentIdentifierDataAttribute()
        : base(GdprTaxonomy.GovernmentIdentifierData.Value)
    {
    }
}

/// <summary>An online identifier (Art. 4(1), Recital 30): IP or MAC address, device id, cookie or advertising id.</summary>
public sealed class OnlineIdentifierDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>OnlineIdentifierData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public OnlineIdentifierDataAttribute()
        : base(GdprTaxonomy.OnlineIdentifierData.Value)
    {
    }
}

/// <summary>Account data next to credentials: user name, login history, security questions, account settings.</summary>
public sealed class AccountDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>AccountData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public AccountDataAttribute()
        : base(GdprTaxonomy.AccountData.Value)
    {
    }
}

/// <summary>Financial data: bank account (IBAN), payment card number, income, credit history, transactions.</summary>
public sealed class FinancialDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>FinancialData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public FinancialDataAttribute()
        : base(GdprTaxonomy.FinancialData.Value)
    {
    }
}

/// <summary>Location data (Art. 4(1)): geographic coordinates, tracked positions, places visited.</summary>
public sealed class LocationDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>LocationData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public LocationDataAttribute()
        : base(GdprTaxonomy.LocationData.Value)
    {
    }
}

/// <summary>Demographic data: date of birth, age, gender, nationality, marital status.</summary>
public sealed class DemographicDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>DemographicData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public DemographicDataAttribute()
        : base(GdprTaxonomy.DemographicData.Value)
    {
    }
}

/// <summary>Behavioural and usage data: browsing and purchase history, preferences, profiles (Art. 4(4)).</summary>
public sealed class BehaviouralDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>BehaviouralData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public BehaviouralDataAttribute()
        : base(GdprTaxonomy.BehaviouralData.Value)
    {
    }
}

/// <summary>Content the person created or sent: messages, posts, documents, free text.</summary>
public sealed class ContentDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>ContentData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public ContentDataAttribute()
        : base(GdprTaxonomy.ContentData.Value)
    {
    }
}

/// <summary>Photographs, video or voice recordings of a person. Only biometric data when processed by specific technical means to identify the person (Recital 51): use BiometricData for templates.</summary>
public sealed class ImageDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>ImageData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public ImageDataAttribute()
        : base(GdprTaxonomy.ImageData.Value)
    {
    }
}

/// <summary>Employment data: employer, job title, salary, performance, absence records.</summary>
public sealed class EmploymentDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>EmploymentData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public EmploymentDataAttribute()
        : base(GdprTaxonomy.EmploymentData.Value)
    {
    }
}
