using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Values the framework hands an application that identify a person although no attribute of the application marks
/// them: the client's IP address (<c>Connection.RemoteIpAddress</c>, <c>X-Forwarded-For</c>), the signed-in user's
/// name (<c>User.Identity.Name</c>), personal claims (<c>FindFirst(ClaimTypes.Email)</c>, all of <c>User.Claims</c>), an
/// ASP.NET Core Identity user's name, e-mail and phone number, a request's whole query string, and query, form, cookie
/// or route values under a personal key (<c>Request.Query["email"]</c>). An IP address is an online identifier
/// (Recital 30); the user's own key (<c>ClaimTypes.NameIdentifier</c>, <c>sub</c>) is not reported, as for
/// <c>[SubjectId]</c>. Recognised by member names only: the analyzer references none of these libraries.
/// </summary>
internal static class FrameworkPersonalData
{
    // Claim types by their last segment (ClaimTypes.Email is ".../claims/emailaddress") or their JWT name.
    private static readonly HashSet<string> PersonalClaims = new(StringComparer.OrdinalIgnoreCase)
    {
        "emailaddress", "email", "name", "givenname", "given_name", "surname", "family_name", "middle_name", "nickname",
        "preferred_username", "upn", "unique_name", "mobilephone", "homephone", "otherphone", "phone_number", "streetaddress",
        "address", "postalcode", "dateofbirth", "birthdate", "gender", "locality", "stateorprovince", "picture",
    };

    // Headers a proxy fills with the client's address.
    private static readonly HashSet<string> ClientAddressHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-Forwarded-For", "X-Real-IP", "X-Client-IP", "True-Client-IP", "CF-Connecting-IP", "Forwarded", "X-Original-For",
    };

    // Request values (query string, form, cookies, route) under these keys, compared without '-' and '_'. Not "name": it
    // names products and files as often as people.
    private static readonly HashSet<string> PersonalKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "emailaddress", "mail", "phone", "phonenumber", "mobile", "msisdn", "fullname", "firstname", "lastname",
        "surname", "givenname", "username", "address", "street", "postcode", "zip", "zipcode", "dob", "dateofbirth",
        "birthdate", "ssn", "nino", "nhsnumber", "iban", "cardnumber", "ip", "ipaddress",
    };

    private static readonly HashSet<string> RequestCollections = new(StringComparer.Ordinal) { "Query", "Form", "Cookies", "RouteValues" };

    /// <summary>What a leaf is when it is one of these values (a name and a description for the message), or null.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static (string Name, string Description)? Recognise(IOperation leaf)
    {
        switch (leaf)
        {
            case IPropertyReferenceOperation { Property: { Name: "RemoteIpAddress" } }:
                return ("RemoteIpAddress", "the client's IP address, an online identifier");
            case IPropertyReferenceOperation { Property: { Name: "Name", ContainingType: { } identity } } when IsIdentityType(identity):
                return ("Identity.Name", "the signed-in user's name");
            case IPropertyReferenceOperation { Property: { Name: "QueryString" or "Query", ContainingType.Name: "HttpRequest" } }:
            case IInvocationOperation { TargetMethod: { Name: "GetDisplayUrl" or "GetEncodedUrl" or "GetEncodedPathAndQuery", ContainingType.Name: "UriHelper" } }:
                // Sign-up, unsubscribe and password-reset links carry e-mail addresses and tokens in the query string.
                return ("QueryString", "the request's query string, which carries what the client sent, e-mail addresses in sign-up and unsubscribe links included");
            case IPropertyReferenceOperation { Property: { Name: "Claims", ContainingType.Name: "ClaimsPrincipal" or "ClaimsIdentity" } }:
                return ("Claims", "every claim about the signed-in user");
            case IPropertyReferenceOperation { Property: { Name: "UserName" or "NormalizedUserName" or "Email" or "NormalizedEmail" or "PhoneNumber" } account }
                when IsIdentityUser(account.ContainingType):
                // ASP.NET Core Identity marks these [PersonalData]; a copy of IdentityUser without the package's attributes is the same data.
                return (account.Name, "an ASP.NET Core Identity user's personal data");
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                return RequestValue(indexer.Instance, key);
            case IInvocationOperation { TargetMethod.Name: "FindFirst" or "FindFirstValue" or "FindAll", Arguments.Length: > 0 } claim
                when claim.TargetMethod.ContainingType?.Name is "ClaimsPrincipal" or "ClaimsIdentity" or "PrincipalExtensions" or "ClaimsPrincipalExtensions"
                && ClaimTypeArgument(claim) is { } type && IsPersonalClaim(type):
                return ($"the {ShortClaimName(type)} claim", "a claim about the signed-in user");
            default:
                return null;
        }
    }

    /// <summary><c>Claim.Value</c>: the text of the claim, which is what the claim is.</summary>
    public static bool IsClaimValue(IPropertyReferenceOperation property) =>
        property.Property is { Name: "Value", ContainingType: { Name: "Claim", ContainingNamespace: { Name: "Claims", ContainingNamespace.Name: "Security" } } };

    private static (string, string)? RequestValue(IOperation? collection, string key)
    {
        if (collection is not IPropertyReferenceOperation { Property.Name: var name })
        {
            return null;
        }

        if (name == "Headers" && ClientAddressHeaders.Contains(key))
        {
            return (key, "the client's IP address, an online identifier");
        }

        return RequestCollections.Contains(name) && PersonalKeys.Contains(key.Replace("-", "").Replace("_", ""))
            ? ($"{name}[\"{key}\"]", "a request value under a personal key")
            : null;
    }

    private static bool IsIdentityUser(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "IdentityUser" && current.ContainingNamespace is { Name: "Identity", ContainingNamespace.Name: "AspNetCore" })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentityType(INamedTypeSymbol type)
    {
        if (type.Name is "IIdentity" or "ClaimsIdentity" or "GenericIdentity" or "WindowsIdentity")
        {
            return type.ContainingNamespace?.ToDisplayString() is "System.Security.Principal" or "System.Security.Claims";
        }

        return false;
    }

    private static string? ClaimTypeArgument(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String && argument.Value.ConstantValue is { HasValue: true, Value: string type })
            {
                return type;
            }
        }

        return null;
    }

    private static bool IsPersonalClaim(string claimType) => PersonalClaims.Contains(ShortClaimName(claimType));

    private static string ShortClaimName(string claimType) => claimType.Substring(claimType.LastIndexOf('/') + 1);
}
