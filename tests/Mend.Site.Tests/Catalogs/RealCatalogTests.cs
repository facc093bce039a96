using Mend.Pipeline;
using Mend.Site.Catalogs;

namespace Mend.Site.Tests.Catalogs;

/// <summary>What the real rupture catalog (input/) must hold beyond what the schema requires.</summary>
public sealed class RealCatalogTests
{
    private static RuptureCatalog Real()
    {
        var file = Path.Join(Repo.Root, "input", "catalogs", "ruptures.yml");
        var diagnostics = new List<Diagnostic>();
        var catalog = CatalogReader.Read(file, File.ReadAllText(file), diagnostics);
        Assert.Empty(diagnostics);
        return Assert.IsType<RuptureCatalog>(catalog);
    }

    [Fact]
    public void EveryEntryHasAPartForTheOneHurt() =>
        Assert.Empty(Real().Entries.Where(e => e.IfHurt is null).Select(e => e.Id));

    [Fact]
    public void EveryEntryNamesAtLeastOneSituationAndEverySituationHasEntries()
    {
        var catalog = Real();

        Assert.Empty(catalog.Entries.Where(e => e.Situations.IsEmpty).Select(e => e.Id));
        Assert.Empty(catalog.Situations.Where(s => !catalog.Entries.Any(e => e.Situations.Contains(s.Id))).Select(s => s.Id));
    }
}
