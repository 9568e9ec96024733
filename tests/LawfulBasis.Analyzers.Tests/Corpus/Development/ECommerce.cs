#if LAWFULBASIS_CORPUS
// Ordering, basket and catalog of an online shop, in the shape of the eShop reference applications and the
// e-commerce platforms teams build on (buyers, payment methods, orders with an address value object, a basket
// keyed by buyer, a catalog). Labels: pd = personal data, no = not, key = the person's own key (out of LB0004's scope).
using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace Corpus.ECommerce
{
    public enum OrderStatus { Submitted, Paid, Shipped, Cancelled }

    public class Buyer
    {
        public int Id { get; set; } // key
        public string IdentityGuid { get; set; } = ""; // pd
        public string Name { get; set; } = ""; // pd
        public List<PaymentMethod> PaymentMethods { get; set; } = new(); // pd
    }

    public class CardType
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
    }

    public class PaymentMethod
    {
        public int Id { get; set; } // no
        public string Alias { get; set; } = ""; // no
        public string CardNumber { get; set; } = ""; // pd
        public string SecurityNumber { get; set; } = ""; // pd
        public string CardHolderName { get; set; } = ""; // pd
        public DateTime Expiration { get; set; } // pd
        public int CardTypeId { get; set; } // no
        public int BuyerId { get; set; } // pd
    }

    public class Address
    {
        public string Street { get; set; } = ""; // pd
        public string City { get; set; } = ""; // pd
        public string State { get; set; } = ""; // pd
        public string Country { get; set; } = ""; // pd
        public string ZipCode { get; set; } = ""; // pd
    }

    public class Order
    {
        public int Id { get; set; } // no
        public DateTime OrderDate { get; set; } // no
        public Address Address { get; set; } = new(); // pd
        public int? BuyerId { get; set; } // pd
        public Buyer? Buyer { get; set; } // pd
        public OrderStatus OrderStatus { get; set; } // no
        public string Description { get; set; } = ""; // no
        public bool IsDraft { get; set; } // no
        public List<OrderItem> OrderItems { get; set; } = new(); // no
        public int? PaymentId { get; set; } // no
        public decimal Total { get; set; } // no
        public string? CouponCode { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
    }

    public class OrderItem
    {
        public int Id { get; set; } // no
        public int OrderId { get; set; } // no
        public int ProductId { get; set; } // no
        public string ProductName { get; set; } = ""; // no
        public string PictureUrl { get; set; } = ""; // no
        public decimal UnitPrice { get; set; } // no
        public decimal Discount { get; set; } // no
        public int Units { get; set; } // no
    }

    public class CustomerBasket
    {
        public string BuyerId { get; set; } = ""; // pd
        public List<BasketItem> Items { get; set; } = new(); // no
    }

    public class BasketItem
    {
        public string Id { get; set; } = ""; // no
        public int ProductId { get; set; } // no
        public string ProductName { get; set; } = ""; // no
        public decimal UnitPrice { get; set; } // no
        public decimal OldUnitPrice { get; set; } // no
        public int Quantity { get; set; } // no
        public string PictureUrl { get; set; } = ""; // no
    }

    public class CatalogItem
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Description { get; set; } = ""; // no
        public decimal Price { get; set; } // no
        public string PictureFileName { get; set; } = ""; // no
        public int CatalogTypeId { get; set; } // no
        public int CatalogBrandId { get; set; } // no
        public int AvailableStock { get; set; } // no
        public int RestockThreshold { get; set; } // no
        public bool OnReorder { get; set; } // no
        public float[] Embedding { get; set; } = Array.Empty<float>(); // no
    }

    public class CatalogBrand
    {
        public int Id { get; set; } // no
        public string Brand { get; set; } = ""; // no
    }

    public class Customer
    {
        public Guid Id { get; set; } // key
        public string Username { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string? EmailToRevalidate { get; set; } // pd
        public string? AdminComment { get; set; } // no
        public bool IsTaxExempt { get; set; } // no
        public int AffiliateId { get; set; } // no
        public int VendorId { get; set; } // no
        public bool HasShoppingCartItems { get; set; } // no
        public bool RequireReLogin { get; set; } // no
        public int FailedLoginAttempts { get; set; } // no
        public DateTime? CannotLoginUntilDateUtc { get; set; } // no
        public bool Active { get; set; } // no
        public bool Deleted { get; set; } // no
        public string? LastIpAddress { get; set; } // pd
        public DateTime CreatedOnUtc { get; set; } // no
        public DateTime? LastLoginDateUtc { get; set; } // no
        public int RegisteredInStoreId { get; set; } // no
        public int? BillingAddressId { get; set; } // no
        public int? ShippingAddressId { get; set; } // no
        public string? FirstName { get; set; } // pd
        public string? LastName { get; set; } // pd
        public string? Gender { get; set; } // pd
        public DateTime? DateOfBirth { get; set; } // pd
        public string? Company { get; set; } // no
        public string? Phone { get; set; } // pd
        public string? VatNumber { get; set; } // no
        public string? TimeZoneId { get; set; } // no
        public List<Order> Orders { get; set; } = new(); // pd
    }

    public class CustomerAddress
    {
        public int Id { get; set; } // no
        public string? FirstName { get; set; } // pd
        public string? LastName { get; set; } // pd
        public string? Email { get; set; } // pd
        public string? Company { get; set; } // no
        public int? CountryId { get; set; } // no
        public int? StateProvinceId { get; set; } // no
        public string? County { get; set; } // pd
        public string? City { get; set; } // pd
        public string? Address1 { get; set; } // pd
        public string? Address2 { get; set; } // pd
        public string? ZipPostalCode { get; set; } // pd
        public string? PhoneNumber { get; set; } // pd
        public string? FaxNumber { get; set; } // pd
        public DateTime CreatedOnUtc { get; set; } // no
    }

    public class ProductReview
    {
        public int Id { get; set; } // no
        public int ProductId { get; set; } // no
        public int CustomerId { get; set; } // pd
        public string Title { get; set; } = ""; // no
        public int Rating { get; set; } // no
        public bool IsApproved { get; set; } // no
        public int HelpfulYesTotal { get; set; } // no
        public string? ReviewerName { get; set; } // pd
        public DateTime CreatedOnUtc { get; set; } // no
    }

    public class Shipment
    {
        public int Id { get; set; } // no
        public int OrderId { get; set; } // no
        public string TrackingNumber { get; set; } = ""; // no
        public decimal? TotalWeight { get; set; } // no
        public DateTime? ShippedDateUtc { get; set; } // no
        public DateTime? DeliveryDateUtc { get; set; } // no
        public string? RecipientName { get; set; } // pd
        public string? RecipientPhone { get; set; } // pd
        public string? ShippingAddress { get; set; } // pd
        public string? ShippingCity { get; set; } // pd
        public string? ShippingCountry { get; set; } // pd
        public string? Carrier { get; set; } // no
    }

    public class Coupon
    {
        public int Id { get; set; } // no
        public string Code { get; set; } = ""; // no
        public DateTime ExpirationDate { get; set; } // no
        public decimal Amount { get; set; } // no
        public int MaxUses { get; set; } // no
    }

    public class WishlistEntry
    {
        public int Id { get; set; } // no
        public Guid CustomerId { get; set; } // pd
        public int ProductId { get; set; } // no
        public DateTime AddedAt { get; set; } // no
    }

    public class OrderingContext : DbContext
    {
        public DbSet<Order> Orders { get; set; } = null!; // pd
        public DbSet<Buyer> Buyers { get; set; } = null!; // pd
        public DbSet<PaymentMethod> PaymentMethods { get; set; } = null!; // pd
        public DbSet<CardType> CardTypes { get; set; } = null!; // no
        public DbSet<OrderItem> OrderItems { get; set; } = null!; // no
    }

    public class CatalogContext : DbContext
    {
        public DbSet<CatalogItem> CatalogItems { get; set; } = null!; // no
        public DbSet<CatalogBrand> CatalogBrands { get; set; } = null!; // no
        public DbSet<Coupon> Coupons { get; set; } = null!; // no
    }
}
#endif
