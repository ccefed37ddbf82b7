using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Text;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Knowledge;

/// <summary>
/// Loads the knowledge base into the store: countries, topics, and actors with their roles over time. Runs
/// at every start-up and only adds or updates, so a user's additions to the JSON file reach the store and
/// actors first met in texts are kept.
/// </summary>
public sealed class KnowledgeBaseSeeder(DiplomacyDbContext db)
{
    public async Task SeedAsync(KnowledgeBase knowledgeBase, CancellationToken cancellationToken = default)
    {
        Dictionary<string, Country> countries = await db.Countries.ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (CountryEntry entry in knowledgeBase.Countries)
        {
            if (!countries.TryGetValue(entry.Code, out Country? country))
            {
                country = new Country { Code = entry.Code, Name = entry.Name };
                db.Countries.Add(country);
            }

            country.Name = entry.Name;
            country.Names = [.. entry.Names];
            country.Demonyms = [.. entry.Demonyms];
            country.Capitals = [.. entry.Capitals];
        }

        Dictionary<string, Topic> topics = await db.Topics.ToDictionaryAsync(t => t.Slug, cancellationToken);
        foreach (TopicEntry entry in knowledgeBase.Topics)
        {
            if (!topics.TryGetValue(entry.Slug, out Topic? topic))
            {
                topic = new Topic { Slug = entry.Slug, Name = entry.Name };
                db.Topics.Add(topic);
            }

            topic.Name = entry.Name;
            topic.Keywords = [.. entry.Keywords];
        }

        Dictionary<string, Actor> actors = await db.Actors.Include(a => a.Roles)
            .Where(a => a.KnowledgeBaseKey != null)
            .ToDictionaryAsync(a => a.KnowledgeBaseKey!, cancellationToken);
        HashSet<string> slugs = (await db.Actors.Select(a => a.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (ActorEntry entry in knowledgeBase.Actors)
        {
            if (!actors.TryGetValue(entry.Key, out Actor? actor))
            {
                string slug = await UniqueSlugs.FreeAsync(Slug.From(entry.Key), candidate => Task.FromResult(slugs.Contains(candidate)));
                slugs.Add(slug);
                actor = new Actor { Slug = slug, Name = entry.Name, Kind = entry.Kind, KnowledgeBaseKey = entry.Key };
                db.Actors.Add(actor);
            }

            actor.Name = entry.Name;
            actor.Kind = entry.Kind;
            actor.CountryCode = entry.Country;
            actor.Aliases = [.. entry.Aliases];
            actor.NativeNames = [.. entry.NativeNames ?? []];
            actor.Roles.Clear();
            actor.Roles.AddRange(entry.Roles.Select(t => new ActorRole
            {
                Title = knowledgeBase.FindRole(t.Role)?.Title ?? t.Role,
                CountryCode = t.Country,
                From = t.From,
                To = t.To,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
