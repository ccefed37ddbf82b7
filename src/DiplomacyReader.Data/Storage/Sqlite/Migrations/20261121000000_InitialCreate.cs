using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyReader.Data.Storage.Sqlite.Migrations;

/// <summary>
/// The first schema. Written by hand against the model (see docs/decisions/0002-migrations-without-ef-design.md);
/// column types are left to the provider so that the same migration serves SQLite and PostgreSQL, and
/// MigrationsMatchModelTests proves it builds exactly the schema the model describes.
/// </summary>
[DbContext(typeof(SqliteStoreContext))]
[Migration("20261121000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Actors",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Slug = table.Column<string>(maxLength: 80, nullable: false),
                Name = table.Column<string>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                CountryCode = table.Column<string>(maxLength: 2, nullable: true),
                KnowledgeBaseKey = table.Column<string>(maxLength: 80, nullable: true),
                Aliases = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Actors", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Countries",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 2, nullable: false),
                Name = table.Column<string>(nullable: false),
                Names = table.Column<string>(nullable: false),
                Demonyms = table.Column<string>(nullable: false),
                Capitals = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Countries", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "Topics",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Slug = table.Column<string>(maxLength: 80, nullable: false),
                Name = table.Column<string>(nullable: false),
                Keywords = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Topics", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ActorRoles",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ActorId = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 120, nullable: false),
                CountryCode = table.Column<string>(maxLength: 2, nullable: true),
                From = table.Column<DateOnly>(nullable: true),
                To = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActorRoles", x => x.Id);
                table.ForeignKey(
                    name: "FK_ActorRoles_Actors_ActorId",
                    column: x => x.ActorId,
                    principalTable: "Actors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Sources",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Slug = table.Column<string>(maxLength: 80, nullable: false),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                Title = table.Column<string>(nullable: true),
                Publisher = table.Column<string>(nullable: true),
                Url = table.Column<string>(nullable: true),
                PublishedOn = table.Column<DateOnly>(nullable: true),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Format = table.Column<string>(maxLength: 16, nullable: false),
                ContentHash = table.Column<string>(maxLength: 64, nullable: false),
                OriginalBytes = table.Column<byte[]>(nullable: false),
                Text = table.Column<string>(nullable: false),
                IngestedAt = table.Column<DateTimeOffset>(nullable: false),
                TranscriptSpeakerId = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sources", x => x.Id);
                table.ForeignKey(
                    name: "FK_Sources_Actors_TranscriptSpeakerId",
                    column: x => x.TranscriptSpeakerId,
                    principalTable: "Actors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Passages",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SourceId = table.Column<int>(nullable: false),
                Index = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Section = table.Column<string>(nullable: true),
                Start = table.Column<int>(nullable: false),
                End = table.Column<int>(nullable: false),
                Text = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Passages", x => x.Id);
                table.ForeignKey(
                    name: "FK_Passages_Sources_SourceId",
                    column: x => x.SourceId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SourceActors",
            columns: table => new
            {
                MentionedActorsId = table.Column<int>(nullable: false),
                MentionedInId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SourceActors", x => new { x.MentionedActorsId, x.MentionedInId });
                table.ForeignKey(
                    name: "FK_SourceActors_Actors_MentionedActorsId",
                    column: x => x.MentionedActorsId,
                    principalTable: "Actors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SourceActors_Sources_MentionedInId",
                    column: x => x.MentionedInId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SourceCountries",
            columns: table => new
            {
                CountriesCode = table.Column<string>(nullable: false),
                SourcesId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SourceCountries", x => new { x.CountriesCode, x.SourcesId });
                table.ForeignKey(
                    name: "FK_SourceCountries_Countries_CountriesCode",
                    column: x => x.CountriesCode,
                    principalTable: "Countries",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SourceCountries_Sources_SourcesId",
                    column: x => x.SourcesId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SourceTopics",
            columns: table => new
            {
                SourcesId = table.Column<int>(nullable: false),
                TopicsId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SourceTopics", x => new { x.SourcesId, x.TopicsId });
                table.ForeignKey(
                    name: "FK_SourceTopics_Sources_SourcesId",
                    column: x => x.SourcesId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SourceTopics_Topics_TopicsId",
                    column: x => x.TopicsId,
                    principalTable: "Topics",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Flags",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SourceId = table.Column<int>(nullable: false),
                PassageId = table.Column<int>(nullable: true),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Message = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Flags", x => x.Id);
                table.ForeignKey(
                    name: "FK_Flags_Passages_PassageId",
                    column: x => x.PassageId,
                    principalTable: "Passages",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Flags_Sources_SourceId",
                    column: x => x.SourceId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Statements",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SourceId = table.Column<int>(nullable: false),
                PassageId = table.Column<int>(nullable: false),
                Key = table.Column<string>(maxLength: 16, nullable: false),
                Ordinal = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Text = table.Column<string>(nullable: false),
                Quote = table.Column<string>(nullable: true),
                Cue = table.Column<string>(nullable: true),
                SpeakerId = table.Column<int>(nullable: true),
                SpeakerRole = table.Column<string>(nullable: true),
                Start = table.Column<int>(nullable: false),
                End = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Statements", x => x.Id);
                table.ForeignKey(
                    name: "FK_Statements_Actors_SpeakerId",
                    column: x => x.SpeakerId,
                    principalTable: "Actors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Statements_Passages_PassageId",
                    column: x => x.PassageId,
                    principalTable: "Passages",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Statements_Sources_SourceId",
                    column: x => x.SourceId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Links",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                StatementId = table.Column<int>(nullable: false),
                TargetPassageId = table.Column<int>(nullable: false),
                Fidelity = table.Column<string>(maxLength: 16, nullable: false),
                Score = table.Column<double>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Links", x => x.Id);
                table.ForeignKey(
                    name: "FK_Links_Passages_TargetPassageId",
                    column: x => x.TargetPassageId,
                    principalTable: "Passages",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Links_Statements_StatementId",
                    column: x => x.StatementId,
                    principalTable: "Statements",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StatementCountries",
            columns: table => new
            {
                CountriesCode = table.Column<string>(nullable: false),
                StatementsId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StatementCountries", x => new { x.CountriesCode, x.StatementsId });
                table.ForeignKey(
                    name: "FK_StatementCountries_Countries_CountriesCode",
                    column: x => x.CountriesCode,
                    principalTable: "Countries",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_StatementCountries_Statements_StatementsId",
                    column: x => x.StatementsId,
                    principalTable: "Statements",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StatementTopics",
            columns: table => new
            {
                StatementsId = table.Column<int>(nullable: false),
                TopicsId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StatementTopics", x => new { x.StatementsId, x.TopicsId });
                table.ForeignKey(
                    name: "FK_StatementTopics_Statements_StatementsId",
                    column: x => x.StatementsId,
                    principalTable: "Statements",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_StatementTopics_Topics_TopicsId",
                    column: x => x.TopicsId,
                    principalTable: "Topics",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ActorRoles_ActorId",
            table: "ActorRoles",
            column: "ActorId");

        migrationBuilder.CreateIndex(
            name: "IX_ActorRoles_Title_CountryCode",
            table: "ActorRoles",
            columns: new[] { "Title", "CountryCode" });

        migrationBuilder.CreateIndex(
            name: "IX_Actors_KnowledgeBaseKey",
            table: "Actors",
            column: "KnowledgeBaseKey",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Actors_Name",
            table: "Actors",
            column: "Name");

        migrationBuilder.CreateIndex(
            name: "IX_Actors_Slug",
            table: "Actors",
            column: "Slug",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Flags_PassageId",
            table: "Flags",
            column: "PassageId");

        migrationBuilder.CreateIndex(
            name: "IX_Flags_SourceId",
            table: "Flags",
            column: "SourceId");

        migrationBuilder.CreateIndex(
            name: "IX_Links_StatementId_TargetPassageId",
            table: "Links",
            columns: new[] { "StatementId", "TargetPassageId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Links_TargetPassageId",
            table: "Links",
            column: "TargetPassageId");

        migrationBuilder.CreateIndex(
            name: "IX_Passages_SourceId_Index",
            table: "Passages",
            columns: new[] { "SourceId", "Index" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SourceActors_MentionedInId",
            table: "SourceActors",
            column: "MentionedInId");

        migrationBuilder.CreateIndex(
            name: "IX_SourceCountries_SourcesId",
            table: "SourceCountries",
            column: "SourcesId");

        migrationBuilder.CreateIndex(
            name: "IX_Sources_ContentHash",
            table: "Sources",
            column: "ContentHash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Sources_Kind_PublishedOn",
            table: "Sources",
            columns: new[] { "Kind", "PublishedOn" });

        migrationBuilder.CreateIndex(
            name: "IX_Sources_Slug",
            table: "Sources",
            column: "Slug",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Sources_TranscriptSpeakerId",
            table: "Sources",
            column: "TranscriptSpeakerId");

        migrationBuilder.CreateIndex(
            name: "IX_SourceTopics_TopicsId",
            table: "SourceTopics",
            column: "TopicsId");

        migrationBuilder.CreateIndex(
            name: "IX_StatementCountries_StatementsId",
            table: "StatementCountries",
            column: "StatementsId");

        migrationBuilder.CreateIndex(
            name: "IX_Statements_PassageId",
            table: "Statements",
            column: "PassageId");

        migrationBuilder.CreateIndex(
            name: "IX_Statements_SourceId_Key",
            table: "Statements",
            columns: new[] { "SourceId", "Key" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Statements_SpeakerId_SourceId",
            table: "Statements",
            columns: new[] { "SpeakerId", "SourceId" });

        migrationBuilder.CreateIndex(
            name: "IX_StatementTopics_TopicsId",
            table: "StatementTopics",
            column: "TopicsId");

        migrationBuilder.CreateIndex(
            name: "IX_Topics_Slug",
            table: "Topics",
            column: "Slug",
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "StatementTopics");
        migrationBuilder.DropTable(name: "StatementCountries");
        migrationBuilder.DropTable(name: "Links");
        migrationBuilder.DropTable(name: "Statements");
        migrationBuilder.DropTable(name: "Flags");
        migrationBuilder.DropTable(name: "SourceTopics");
        migrationBuilder.DropTable(name: "SourceCountries");
        migrationBuilder.DropTable(name: "SourceActors");
        migrationBuilder.DropTable(name: "Passages");
        migrationBuilder.DropTable(name: "Sources");
        migrationBuilder.DropTable(name: "ActorRoles");
        migrationBuilder.DropTable(name: "Topics");
        migrationBuilder.DropTable(name: "Countries");
        migrationBuilder.DropTable(name: "Actors");
    }
}
