using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyReader.Data.Storage.Sqlite.Migrations;

/// <summary>
/// Full-text indexes over passages and statements: SQLite FTS5 with the porter stemmer, as external-content
/// tables kept in step by triggers. SQLite only; PostgreSQL would use tsvector columns instead.
/// </summary>
[DbContext(typeof(SqliteStoreContext))]
[Migration("20261121020000_FullTextSearch")]
public sealed class FullTextSearch : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            return;
        }

        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "PassageSearch" USING fts5("Text", content='Passages', content_rowid='Id', tokenize='porter unicode61');
            CREATE TRIGGER "Passages_search_insert" AFTER INSERT ON "Passages" BEGIN
                INSERT INTO "PassageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            CREATE TRIGGER "Passages_search_delete" AFTER DELETE ON "Passages" BEGIN
                INSERT INTO "PassageSearch"("PassageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
            END;
            CREATE TRIGGER "Passages_search_update" AFTER UPDATE ON "Passages" BEGIN
                INSERT INTO "PassageSearch"("PassageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                INSERT INTO "PassageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            INSERT INTO "PassageSearch"("PassageSearch") VALUES ('rebuild');

            CREATE VIRTUAL TABLE "StatementSearch" USING fts5("Text", "Quote", content='Statements', content_rowid='Id', tokenize='porter unicode61');
            CREATE TRIGGER "Statements_search_insert" AFTER INSERT ON "Statements" BEGIN
                INSERT INTO "StatementSearch"(rowid, "Text", "Quote") VALUES (new."Id", new."Text", new."Quote");
            END;
            CREATE TRIGGER "Statements_search_delete" AFTER DELETE ON "Statements" BEGIN
                INSERT INTO "StatementSearch"("StatementSearch", rowid, "Text", "Quote") VALUES ('delete', old."Id", old."Text", old."Quote");
            END;
            CREATE TRIGGER "Statements_search_update" AFTER UPDATE ON "Statements" BEGIN
                INSERT INTO "StatementSearch"("StatementSearch", rowid, "Text", "Quote") VALUES ('delete', old."Id", old."Text", old."Quote");
                INSERT INTO "StatementSearch"(rowid, "Text", "Quote") VALUES (new."Id", new."Text", new."Quote");
            END;
            INSERT INTO "StatementSearch"("StatementSearch") VALUES ('rebuild');

            CREATE INDEX "IX_Sources_PublishedOn" ON "Sources" ("PublishedOn");
            CREATE INDEX "IX_Sources_Publisher" ON "Sources" ("Publisher");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            return;
        }

        migrationBuilder.Sql("""
            DROP INDEX "IX_Sources_Publisher";
            DROP INDEX "IX_Sources_PublishedOn";
            DROP TRIGGER "Statements_search_update"; DROP TRIGGER "Statements_search_delete"; DROP TRIGGER "Statements_search_insert";
            DROP TABLE "StatementSearch";
            DROP TRIGGER "Passages_search_update"; DROP TRIGGER "Passages_search_delete"; DROP TRIGGER "Passages_search_insert";
            DROP TABLE "PassageSearch";
            """);
    }
}
