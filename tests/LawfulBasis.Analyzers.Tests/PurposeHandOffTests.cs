using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// A value handed to a method of the compilation that declares a purpose the data was collected for is used for that
/// purpose, not the caller's (issue 12, A4b): no LB0006 or LB0001 at the call; the callee's body is analysed under its own.
/// </summary>
public class PurposeHandOffTests
{
    private const string Declarations = """

        [Purpose("Run the customer's account", LegalBasis.Contract)] public sealed class CustomerAccount;
        [Purpose("Take orders", LegalBasis.Contract)] public sealed class Ordering;

        public sealed record RegisterCustomer(
            [property: NameData, ProcessingFor<CustomerAccount>] string Name,
            [property: ContactData, ProcessingFor<CustomerAccount>, ProcessingFor<Ordering>] string Email,
            [property: AddressData, ProcessingFor<Ordering>] string? Address);

        public sealed class CustomerService
        {
            [ProcessingFor<Ordering>] public void SetAddress(Guid id, string? address) { }
            [ProcessingFor<Ordering>] public static string Normalise(string? value) => value ?? "";
            [ProcessingFor<CustomerAccount>] public void Rename(Guid id, string? name) { }
            public void Store(string? value) { }
        }
        """;

    [Fact]
    public async Task Handing_data_to_a_method_declared_for_a_purpose_it_was_collected_for_is_not_use_for_the_callers()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public sealed class Endpoints(CustomerService customers)
            {
                [ProcessingFor<CustomerAccount>]
                public void Register(RegisterCustomer body)
                {
                    var id = Guid.NewGuid();
                    customers.Rename(id, body.Name);
                    customers.SetAddress(id, body.Address);                     // handed to Ordering, its own purpose
                    customers.SetAddress(id, (body.Address));
                    customers.SetAddress(id, CustomerService.Normalise(body.Address));
                    customers.Store({|LB0006:body.Address|});                     // the callee declares no purpose
                    customers.Rename(id, {|LB0006:body.Address|});                // nor one Address was collected for
                    var kept = {|LB0006:body.Address|};                           // used here, for CustomerAccount
                    customers.SetAddress(id, {|LB0006:body.Address|} + "");       // used here to build another value
                }

                // No purpose of its own: Email (collected for two) is attributed to the callee's, where it goes.
                public void Unpurposed(RegisterCustomer body)
                {
                    customers.SetAddress(Guid.NewGuid(), body.Email);
                    var mail = {|LB0001:body.Email|};
                }
            }
            """ + Declarations);
    }
}
