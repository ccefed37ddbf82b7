# Build with the SDK image, run on the smaller ASP.NET image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props DiplomacyReader.sln ./
COPY src/ src/
RUN dotnet publish src/DiplomacyReader.Web/DiplomacyReader.Web.csproj -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
COPY seeds/ ./seeds/
# Japanese and Chinese fonts, for anything that renders the pages inside the container (screenshots, PDFs).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
# The SQLite store lives on a volume so that it outlives the container; the app user must own it.
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Default="Data Source=/data/diplomacy-reader.db" \
    Seeds__Folder=/app/seeds
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "DiplomacyReader.Web.dll"]
