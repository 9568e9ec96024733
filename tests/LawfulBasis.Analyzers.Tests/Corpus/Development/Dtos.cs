#if LAWFULBASIS_CORPUS
// API requests, responses, commands, events and view models: records and classes that carry personal data between
// layers, next to ones that carry none. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.Dtos
{
    public record RegisterRequest(
        string Email, // pd
        string Password, // no
        string ConfirmPassword, // no
        string FirstName, // pd
        string LastName, // pd
        bool AcceptTerms); // no

    public record LoginRequest(
        string UserName, // pd
        string Password, // no
        bool RememberMe); // no

    public record TokenResponse(
        string AccessToken, // no
        string RefreshToken, // no
        int ExpiresIn, // no
        string TokenType); // no

    public record CreateOrderCommand(
        string UserId, // pd
        string UserName, // pd
        string City, // pd
        string Street, // pd
        string State, // pd
        string Country, // pd
        string ZipCode, // pd
        string CardNumber, // pd
        string CardHolderName, // pd
        DateTime CardExpiration, // pd
        string CardSecurityNumber, // pd
        int CardTypeId, // no
        string Buyer, // pd
        List<OrderItemDto> OrderItems); // no

    public record OrderItemDto(
        int ProductId, // no
        string ProductName, // no
        decimal UnitPrice, // no
        decimal Discount, // no
        int Units, // no
        string PictureUrl); // no

    public record OrderSummary(
        int OrderNumber, // no
        DateTime Date, // no
        string Status, // no
        decimal Total); // no

    public record OrderStartedIntegrationEvent(
        string UserId); // pd

    public record UserCheckoutAcceptedIntegrationEvent(
        string UserId, // pd
        string UserName, // pd
        string BuyerName, // pd
        string City, // pd
        string Country, // pd
        string CardHolderName, // pd
        int CardTypeId, // no
        Guid RequestId); // no

    public class CustomerViewModel
    {
        public Guid Id { get; set; } // key
        public string FullName { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string? Phone { get; set; } // pd
        public int OrderCount { get; set; } // no
        public decimal LifetimeValue { get; set; } // pd
        public bool IsVip { get; set; } // no
        public string? AvatarUrl { get; set; } // pd
    }

    public class ProductDto
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Slug { get; set; } = ""; // no
        public decimal Price { get; set; } // no
        public string? ImageUrl { get; set; } // no
        public double AverageRating { get; set; } // no
        public int ReviewCount { get; set; } // no
        public string Country { get; set; } = ""; // no
        public DateTime CreatedAt { get; set; } // no
    }

    public class ContactFormModel
    {
        public string Name { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string Subject { get; set; } = ""; // no
        public string Message { get; set; } = ""; // pd
        public bool SendCopy { get; set; } // no
    }

    public class PagedResult<T>
    {
        public List<T> Items { get; set; } = new(); // no
        public int Page { get; set; } // no
        public int PageSize { get; set; } // no
        public int TotalCount { get; set; } // no
    }

    public class ErrorResponse
    {
        public string Type { get; set; } = ""; // no
        public string Title { get; set; } = ""; // no
        public int Status { get; set; } // no
        public string? Detail { get; set; } // no
        public string? TraceId { get; set; } // no
    }

    public record AppointmentBooked(
        Guid AppointmentId, // no
        Guid PatientId, // pd
        string PatientEmail, // pd
        DateTime Start, // no
        string ClinicName); // no

    public record LocationUpdate(
        Guid DeviceId, // pd
        double Lat, // pd
        double Lng, // pd
        DateTimeOffset At); // no

    public record NewsletterSignup(
        string Email, // pd
        string? Name, // pd
        string Source, // no
        DateTime SignedUpAt); // no

    public record ShippingQuoteRequest(
        string DestinationCountry, // no
        decimal WeightKg, // no
        string ServiceLevel); // no
}
#endif
