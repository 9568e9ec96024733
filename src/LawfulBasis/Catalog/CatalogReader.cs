using System.Reflection;
using System.Runtime.CompilerServices;
using LawfulBasis.Shared;
using Microsoft.Extensions.Compliance.Classification;

namespace LawfulBasis;

/// <summary>Reads declarations from assemblies by reflection and checks them against <see cref="PurposeRules"/>.</summary>
internal static class CatalogReader
{
    private const BindingFlags DeclaredMembers =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // ASP.NET Core Identity marks personal data with its own attributes; recognised by name so no package is needed.
    private static readonly HashSet<string> IdentityPersonalData = new(StringComparer.Ordinal)
    {
        "Microsoft.AspNetCore.Identity.PersonalDataAttribute",
        "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute",
    };

    private static readonly DataCategory IdentityCategory = new("PersonalData", "ASP.NET Core Identity", DataCategoryKind.Ordinary);

    public static (ProcessingCatalog Catalog, IReadOnlyList<DeclarationProblem> Problems) Read(
        Assembly[] assemblies,
        IEnumerable<IClassificationSource>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        if (assemblies.Length == 0)
        {
            throw new ArgumentException("Name at least one assembly that holds purpose and personal-data declarations.", nameof(assemblies));
        }

        var problems = new List<DeclarationProblem>();
        var distinct = assemblies.Distinct().OrderBy(a => a.FullName, StringComparer.Ordinal).ToArray();
        var types = distinct.SelectMany(a => LoadableTypes(a, problems))
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

        var controller = ReadController(distinct, problems);
        var purposes = ReadPurposes(types);
        var dataTypes = ReadDataTypes(types, purposes, problems);
        foreach (var source in sources ?? [])
        {
            MergeClassifications(source, dataTypes, purposes, problems);
        }

        dataTypes = [.. dataTypes.OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Type.FullName, StringComparer.Ordinal)];
        CheckCodeSites(distinct, types, purposes, problems);
        CompletePurposes(purposes, dataTypes, problems);

        foreach (var purpose in purposes.Values)
        {
            problems.AddRange(CheckPurpose(purpose, controller));
        }

        var ordered = purposes.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var catalog = new ProcessingCatalog(controller, ordered, dataTypes);
        return (catalog, problems);
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly, List<DeclarationProblem> problems)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            problems.Add(new DeclarationProblem("TypesNotLoadable", "Art. 30(1)", assembly.GetName().Name ?? "?",
                $"Some types of {assembly.GetName().Name} could not be loaded ({e.LoaderExceptions.FirstOrDefault()?.Message}); their declarations would be missing from the record, so make the assembly's dependencies available"));
            return e.Types.OfType<Type>();
        }
    }

    private static ControllerDeclaration? ReadController(Assembly[] assemblies, List<DeclarationProblem> problems)
    {
        var declared = assemblies
            .Select(a => (Assembly: a, Attribute: a.GetCustomAttribute<ControllerAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToArray();
        if (declared.Select(x => x.Attribute!.Name).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            problems.Add(new DeclarationProblem("ConflictingControllers", "Art. 30(1)(a)",
                string.Join(", ", declared.Select(x => x.Assembly.GetName().Name)),
                $"Assemblies name different controllers ({string.Join(", ", declared.Select(x => $"\"{x.Attribute!.Name}\""))}); one record covers one controller (Art. 30(1)(a)), so declare [assembly: Controller] once, or build one catalog per controller"));
        }

        if (declared.Length == 0)
        {
            return null;
        }

        var attribute = declared[0].Attribute!;
        if (string.IsNullOrWhiteSpace(attribute.Name))
        {
            problems.Add(new DeclarationProblem("ControllerWithoutName", "Art. 30(1)(a)", declared[0].Assembly.GetName().Name ?? "?",
                "[assembly: Controller] has an empty name, but the record must name the controller (Art. 30(1)(a)); give its legal name"));
        }

        return new ControllerDeclaration(
            attribute.Name,
            Blank(attribute.Contact),
            Blank(attribute.DataProtectionOfficer),
            Blank(attribute.Representative),
            [.. attribute.JointControllers.Where(j => !string.IsNullOrWhiteSpace(j))],
            Blank(attribute.SecurityMeasures),
            attribute.IsPublicAuthority);
    }

    private static Dictionary<Type, PurposeDeclaration> ReadPurposes(Type[] types)
    {
        var purposes = new Dictionary<Type, PurposeDeclaration>();
        foreach (var type in types)
        {
            if (type.GetCustomAttribute<PurposeAttribute>(inherit: false) is { } attribute)
            {
                var transfers = type.GetCustomAttributes<TransferAttribute>(inherit: false)
                    .Select(t => new TransferDeclaration(t.Country, t.Safeguard, Blank(t.Recipient), Blank(t.Reference), t.Derogation))
                    .OrderBy(t => t.Country, StringComparer.Ordinal)
                    .ToArray();
                purposes.Add(type, new PurposeDeclaration(type, attribute, transfers));
            }
        }

        return purposes;
    }

    private static List<PersonalDataType> ReadDataTypes(
        Type[] types,
        Dictionary<Type, PurposeDeclaration> purposes,
        List<DeclarationProblem> problems)
    {
        var dataTypes = new List<PersonalDataType>();
        foreach (var type in types)
        {
            var typePurposes = PurposesOn(type, type.FullName ?? type.Name, purposes, problems);
            var members = new List<PersonalDataMember>();
            string? subjectId = null;
            foreach (var member in type.GetMembers(DeclaredMembers).Where(m => m is PropertyInfo or FieldInfo))
            {
                if (member.IsDefined(typeof(CompilerGeneratedAttribute), false))
                {
                    continue;
                }

                if (member.IsDefined(typeof(SubjectIdAttribute), false))
                {
                    subjectId = member.Name;
                }

                var categories = CategoriesOn(member);
                if (categories.Count == 0 && PositionalParameterOf(type, member) is { } parameter)
                {
                    // record Person([NameData] string Name): the attribute sits on the parameter, the data on the property.
                    categories = CategoriesOn(parameter);
                }

                if (categories.Count == 0)
                {
                    continue;
                }

                var memberPurposes = PurposesOn(member, $"{type.Name}.{member.Name}", purposes, problems);
                var effective = typePurposes.Concat(memberPurposes).Distinct().OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
                members.Add(new PersonalDataMember(member.Name, categories, effective));
            }

            var subject = type.GetCustomAttribute<DataSubjectAttribute>(inherit: true)?.Category;
            if (members.Count > 0 || subject is not null)
            {
                dataTypes.Add(new PersonalDataType(
                    type,
                    Blank(subject),
                    subjectId,
                    [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)],
                    typePurposes));
            }
        }

        return [.. dataTypes.OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Type.FullName, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Adds a source's classifications to the data types read from attributes: a member both declare gets the union of
    /// their categories and purposes; a type or member only the source knows is added, with the purposes its type binds.
    /// </summary>
    private static void MergeClassifications(
        IClassificationSource source,
        List<PersonalDataType> dataTypes,
        Dictionary<Type, PurposeDeclaration> purposes,
        List<DeclarationProblem> problems)
    {
        List<MemberClassification> classifications;
        try
        {
            classifications = [.. source.ReadClassifications()];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not silently an incomplete record: what the source classifies would be missing from it.
            problems.Add(new DeclarationProblem("ClassificationSourceFailed", "Art. 30(1)(c)", source.Name,
                $"{source.Name} could not be read ({e.GetType().Name}: {e.Message}); the personal data it classifies would be missing from the record, so fix what it reports"));
            return;
        }

        foreach (var byType in classifications.GroupBy(c => c.DeclaringType))
        {
            var type = byType.Key;
            var index = dataTypes.FindIndex(t => t.Type == type);
            var existing = index >= 0 ? dataTypes[index] : null;
            var typePurposes = existing?.Purposes ?? PurposesOn(type, type.FullName ?? type.Name, purposes, problems);
            var members = existing?.Members.ToDictionary(m => m.Name, StringComparer.Ordinal) ?? new Dictionary<string, PersonalDataMember>(StringComparer.Ordinal);
            foreach (var byMember in byType.GroupBy(c => c.Member, StringComparer.Ordinal))
            {
                var site = $"{type.Name}.{byMember.Key}";
                var categories = new List<DataCategory>();
                foreach (var listed in byMember.SelectMany(c => c.Categories).Distinct())
                {
                    if (CategoryOf(listed) is { } category)
                    {
                        categories.Add(category);
                    }
                    else
                    {
                        problems.Add(new DeclarationProblem("NotACategory", "Art. 30(1)(c)", site,
                            $"{source.Name} classifies {site} with {listed?.Name ?? "null"}, which is not a personal-data category: name a category attribute type such as ContactDataAttribute or HealthDataAttribute"));
                    }
                }

                var memberPurposes = new List<PurposeDeclaration>();
                foreach (var listed in byMember.SelectMany(c => c.Purposes).Distinct())
                {
                    if (listed is not null && purposes.TryGetValue(listed, out var purpose))
                    {
                        memberPurposes.Add(purpose);
                    }
                    else
                    {
                        var violation = PurposeRules.NotAPurpose(site, listed?.Name ?? "null");
                        problems.Add(new DeclarationProblem(violation.Rule, violation.Article, site, violation.Message));
                    }
                }

                members.TryGetValue(byMember.Key, out var known);
                var allCategories = categories.Concat(known?.Categories ?? []).Distinct().OrderBy(c => c.Name, StringComparer.Ordinal).ToArray();
                if (allCategories.Length == 0)
                {
                    problems.Add(new DeclarationProblem("PurposeWithoutCategory", "Art. 30(1)(c)", site,
                        $"{source.Name} binds {site} to a purpose but classifies it with no personal-data category, so the record could not say what data it is: add HasPersonalData<TCategory>() (or a category attribute)"));
                    continue;
                }

                var allPurposes = typePurposes.Concat(known?.Purposes ?? []).Concat(memberPurposes)
                    .Distinct().OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
                members[byMember.Key] = new PersonalDataMember(byMember.Key, allCategories, allPurposes);
            }

            var merged = new PersonalDataType(
                type,
                existing?.SubjectCategory ?? Blank(type.GetCustomAttribute<DataSubjectAttribute>(inherit: true)?.Category),
                existing?.SubjectIdMember ?? type.GetProperties().FirstOrDefault(p => p.IsDefined(typeof(SubjectIdAttribute), false))?.Name,
                [.. members.Values.OrderBy(m => m.Name, StringComparer.Ordinal)],
                typePurposes);
            if (existing is null)
            {
                dataTypes.Add(merged);
            }
            else
            {
                dataTypes[index] = merged;
            }
        }
    }

    /// <summary>Checks <c>[ProcessingFor]</c> on code: the assemblies, methods and constructors.</summary>
    private static void CheckCodeSites(
        Assembly[] assemblies,
        Type[] types,
        Dictionary<Type, PurposeDeclaration> purposes,
        List<DeclarationProblem> problems)
    {
        foreach (var assembly in assemblies)
        {
            _ = PurposesOn(assembly, $"Assembly {assembly.GetName().Name}", purposes, problems);
        }

        foreach (var type in types)
        {
            foreach (var method in type.GetMembers(DeclaredMembers).OfType<MethodBase>())
            {
                _ = PurposesOn(method, $"{type.Name}.{method.Name}", purposes, problems);
            }
        }
    }

    /// <summary>Adds to each purpose the categories and data subjects of the data bound to it, and checks listed categories.</summary>
    private static void CompletePurposes(
        Dictionary<Type, PurposeDeclaration> purposes,
        List<PersonalDataType> dataTypes,
        List<DeclarationProblem> problems)
    {
        foreach (var purpose in purposes.Values)
        {
            var attribute = purpose.Type.GetCustomAttribute<PurposeAttribute>(inherit: false)!;
            var categories = new List<DataCategory>();
            foreach (var listed in attribute.Categories)
            {
                if (CategoryOf(listed) is { } category)
                {
                    categories.Add(category);
                }
                else
                {
                    var violation = PurposeRules.NotACategory(purpose.Name, listed?.Name ?? "null");
                    problems.Add(new DeclarationProblem(violation.Rule, violation.Article, purpose.Id, violation.Message));
                }
            }

            var subjects = attribute.DataSubjects.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
            foreach (var dataType in dataTypes)
            {
                var bound = dataType.Members.Where(m => m.Purposes.Contains(purpose)).ToArray();
                if (bound.Length == 0 && !dataType.Purposes.Contains(purpose))
                {
                    continue;
                }

                categories.AddRange(bound.SelectMany(m => m.Categories));
                if (dataType.SubjectCategory is { } subject)
                {
                    subjects.Add(subject);
                }
            }

            purpose.Categories = [.. categories.Distinct().OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.Ordinal)];
            purpose.DataSubjects = [.. subjects.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    private static IEnumerable<DeclarationProblem> CheckPurpose(PurposeDeclaration purpose, ControllerDeclaration? controller)
    {
        var facts = FactsOf(purpose, controller);
        foreach (var transfer in purpose.Type.GetCustomAttributes<TransferAttribute>(inherit: false))
        {
            facts.Transfers.Add(new TransferFacts(transfer.Country, transfer.Safeguard, transfer.Reference, transfer.Derogation));
        }

        purpose.ImpactAssessmentTrigger = PurposeRules.DpiaTrigger(facts)?.Article;
        return PurposeRules.Check(facts).Select(v => new DeclarationProblem(v.Rule, v.Article, purpose.Id, v.Message));
    }

    private static PurposeFacts FactsOf(PurposeDeclaration purpose, ControllerDeclaration? controller)
    {
        var attribute = purpose.Type.GetCustomAttribute<PurposeAttribute>(inherit: false)!;
        return new PurposeFacts(purpose.Name, attribute.Description, attribute.Basis)
        {
            Condition = attribute.Condition,
            LegalReference = attribute.LegalReference,
            AssessmentReference = attribute.AssessmentReference,
            ContractReference = attribute.ContractReference,
            Retention = attribute.Retention,
            MakesAutomatedDecisions = !string.IsNullOrWhiteSpace(attribute.AutomatedDecision),
            ErasureException = attribute.ErasureException,
            ErasureExceptionReference = attribute.ErasureExceptionReference,
            DpiaReference = attribute.DpiaReference,
            LargeScale = attribute.LargeScale,
            SystematicMonitoring = attribute.SystematicMonitoring,
            SpecialCategory = purpose.Categories.FirstOrDefault(c => c.Kind == DataCategoryKind.SpecialCategory)?.Name,
            UsesCriminalData = purpose.UsesCriminalData,
            ControllerIsPublicAuthority = controller?.IsPublicAuthority ?? false,
        };
    }

    private static List<PurposeDeclaration> PurposesOn(
        ICustomAttributeProvider site,
        string siteName,
        Dictionary<Type, PurposeDeclaration> purposes,
        List<DeclarationProblem> problems)
    {
        var found = new List<PurposeDeclaration>();
        foreach (var attribute in site.GetCustomAttributes(typeof(ProcessingForAttribute), false).Cast<ProcessingForAttribute>())
        {
            if (purposes.TryGetValue(attribute.Purpose, out var purpose))
            {
                found.Add(purpose);
            }
            else
            {
                var violation = PurposeRules.NotAPurpose(siteName, attribute.Purpose.Name);
                problems.Add(new DeclarationProblem(violation.Rule, violation.Article, siteName, violation.Message));
            }
        }

        return found;
    }

    /// <summary>The primary-constructor parameter of a record that generated <paramref name="member"/>, if any.</summary>
    private static ParameterInfo? PositionalParameterOf(Type type, MemberInfo member)
    {
        if (member is not PropertyInfo || type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is null)
        {
            return null;
        }

        return type.GetConstructors()
            .Select(c => c.GetParameters())
            .Where(parameters => parameters.Length > 0 && parameters.All(p => type.GetProperty(p.Name!, DeclaredMembers) is not null))
            .SelectMany(parameters => parameters)
            .FirstOrDefault(p => p.Name == member.Name);
    }

    private static List<DataCategory> CategoriesOn(ICustomAttributeProvider member)
    {
        var categories = new List<DataCategory>();
        foreach (var attribute in member.GetCustomAttributes(inherit: true))
        {
            if (attribute is DataClassificationAttribute classified)
            {
                if (CategoryOf(classified) is { } category)
                {
                    categories.Add(category);
                }
            }
            else if (IdentityPersonalData.Contains(attribute.GetType().FullName ?? string.Empty))
            {
                categories.Add(IdentityCategory);
            }
        }

        return [.. categories.Distinct().OrderBy(c => c.Name, StringComparer.Ordinal)];
    }

    private static DataCategory? CategoryOf(Type? attributeType)
    {
        if (attributeType is null || attributeType.IsAbstract || !typeof(DataClassificationAttribute).IsAssignableFrom(attributeType)
            || attributeType.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        return CategoryOf((DataClassificationAttribute)Activator.CreateInstance(attributeType)!);
    }

    private static DataCategory? CategoryOf(DataClassificationAttribute attribute)
    {
        var classification = attribute.Classification;
        if (classification == DataClassification.None)
        {
            return null;
        }

        var kind = attribute switch
        {
            SpecialCategoryDataAttribute => DataCategoryKind.SpecialCategory,
            CriminalDataAttribute => DataCategoryKind.CriminalOffence,
            _ => DataCategoryKind.Ordinary,
        };
        return new DataCategory(classification.Value, classification.TaxonomyName, kind);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
