using Clinic;
using LawfulBasis.EntityFrameworkCore;
using LawfulBasis.Processing;
using LawfulBasis.Testing;
using LawfulBasis.Web.Tests.PartialErasure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LawfulBasis.Web.Tests.SaveChangesGate;

/// <summary>Personal data that belongs to a client without being a data subject of its own (like an allergy note).</summary>
public sealed class ClientNote
{
    public Guid Id { get; set; }

    public Guid ClientId { get; set; }

    [ContactData, ProcessingFor<Offers>] public string? PreferredChannel { get; set; }
}

/// <summary>The clients and their notes.</summary>
public sealed class NotesDb(DbContextOptions<NotesDb> options) : DbContext(options)
{
    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ClientNote> Notes => Set<ClientNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ClientNote>().HasOne<Client>().WithMany().HasForeignKey(n => n.ClientId);
}

/// <summary>
/// The SaveChanges gate finds the purpose of a save from the data it actually processes (found in a fresh-eyes trial:
/// a new customer given only a name and an e-mail was refused because its still-empty date of birth was collected for
/// another purpose, and updating a plain counter on a customer's row was refused as having no lawful basis).
/// </summary>
public sealed class SaveChangesGateTests : IDisposable
{
    private readonly SqliteConnection _database = new("Data Source=:memory:");
    private readonly FakeProcessingGate _gate;
    private readonly ClientDb _db;
    private readonly ProcessingCatalog _catalog;

    public SaveChangesGateTests()
    {
        _database.Open();
        _catalog = ProcessingCatalog.FromAssemblies(typeof(Client).Assembly, typeof(Treatment).Assembly);
        _gate = new FakeProcessingGate(_catalog);
        _db = new ClientDb(new DbContextOptionsBuilder<ClientDb>().UseSqlite(_database)
            .AddInterceptors(new ProcessingGateInterceptor(_gate, _catalog)).Options);
        _db.Database.EnsureCreated();
    }

    public void Dispose()
    {
        _db.Dispose();
        _database.Dispose();
    }

    [Fact]
    public void An_added_row_is_stored_for_the_purpose_of_the_members_it_holds_not_of_the_empty_ones()
    {
        var client = new Client { Id = Guid.NewGuid(), BilledName = "Alice Martin" }; // Email (Offers) left empty
        _db.Clients.Add(client);
        _db.SaveChanges();

        var call = Assert.Single(_gate.Calls);
        Assert.Equal(typeof(Bookkeeping), call.PurposeType);
        Assert.Equal(ProcessingOperation.Store, call.Operation);
        Assert.Equal(client.Id.ToString(), call.SubjectId);
    }

    [Fact]
    public void An_added_row_holding_data_of_two_purposes_is_refused_naming_the_members_the_purposes_and_the_fix()
    {
        _db.Clients.Add(new Client { Id = Guid.NewGuid(), BilledName = "Alice Martin", Email = "alice@example.com" });

        var error = Assert.Throws<InvalidOperationException>(() => _db.SaveChanges());

        Assert.Equal(
            "Saving Client.BilledName, Email (added): this data is collected for Bookkeeping, Offers, so the gate cannot tell which purpose this save serves. "
            + "Name it around the save, for example using (ProcessingPurpose.Use<Bookkeeping>()) { ... SaveChanges ... } (LawfulBasis.EntityFrameworkCore); "
            + "[ProcessingFor<P>] on the calling method is not seen here.",
            error.Message);
        Assert.Empty(_gate.Calls);
        Assert.Equal(0L, CountClients());

        using (ProcessingPurpose.Use<Offers>())
        {
            _db.SaveChanges();
        }

        Assert.Equal(typeof(Offers), Assert.Single(_gate.Calls).PurposeType);
    }

    [Fact]
    public void Changing_only_an_unclassified_column_is_not_a_decision_and_changing_a_classified_one_is()
    {
        var client = new Client { Id = Guid.NewGuid(), BilledName = "Alice Martin" };
        _db.Clients.Add(client);
        _db.SaveChanges();

        client.Visits++;
        _db.SaveChanges();
        Assert.Single(_gate.Calls); // the Store only

        client.Email = "alice@example.com";
        _db.SaveChanges();
        Assert.Equal(2, _gate.Calls.Count);
        Assert.Equal((typeof(Offers), ProcessingOperation.Update), (_gate.LastCall!.PurposeType, _gate.LastCall.Operation));
    }

    [Fact]
    public void A_denial_stops_the_save_before_anything_is_written()
    {
        _gate.Deny<Bookkeeping>(DenialReason.Restricted);
        _db.Clients.Add(new Client { Id = Guid.NewGuid(), BilledName = "Alice Martin" });

        Assert.Throws<ProcessingDeniedException>(() => _db.SaveChanges());
        Assert.Equal(0L, CountClients());
    }

    [Fact]
    public void A_row_of_personal_data_that_belongs_to_a_subject_is_decided_for_that_subject()
    {
        using var notesDatabase = new SqliteConnection("Data Source=:memory:");
        notesDatabase.Open();
        using var db = new NotesDb(new DbContextOptionsBuilder<NotesDb>().UseSqlite(notesDatabase)
            .AddInterceptors(new ProcessingGateInterceptor(_gate, _catalog)).Options);
        db.Database.EnsureCreated();
        var client = new Client { Id = Guid.NewGuid(), BilledName = "Alice Martin" };
        db.Clients.Add(client);
        db.SaveChanges();

        _gate.Deny<Offers>(DenialReason.NoConsent, subjectId: client.Id.ToString());
        db.Notes.Add(new ClientNote { Id = Guid.NewGuid(), ClientId = client.Id, PreferredChannel = "e-mail" });
        Assert.Throws<ProcessingDeniedException>(() => db.SaveChanges());
        Assert.Equal((typeof(Offers), ProcessingOperation.Store, client.Id.ToString()), (_gate.LastCall!.PurposeType, _gate.LastCall.Operation, _gate.LastCall.SubjectId));

        _gate.Allow<Offers>(subjectId: client.Id.ToString());
        db.SaveChanges();
        Assert.Equal(1, db.Notes.Count());

        var note = db.Notes.Single();
        db.Notes.Remove(note);
        db.SaveChanges();
        Assert.Equal((typeof(Offers), ProcessingOperation.Erase, client.Id.ToString()), (_gate.LastCall!.PurposeType, _gate.LastCall.Operation, _gate.LastCall.SubjectId));
    }

    private long CountClients()
    {
        using var count = _database.CreateCommand();
        count.CommandText = "select count(*) from Clients";
        return (long)count.ExecuteScalar()!;
    }
}
