# Granty's container image: the release binary, its configuration defaults and document
# templates on Debian slim. Build: `docker build -t granty .`; run: docs/deploy.md, section 9.

FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
# Only the binary; the benchmark ceiling, tests and fuzz targets stay out of the image.
RUN cargo build --release --locked --bin granty \
 && strip target/release/granty

FROM debian:bookworm-slim
# CA certificates for SMTP with TLS and S3 over https; tzdata is not needed (chrono-tz carries
# the zones), but keeps `date` in a shell honest for an operator.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --home-dir /var/lib/granty granty
COPY --from=build /src/target/release/granty /usr/local/bin/granty
COPY config /etc/granty/config
COPY pdf-templates /usr/share/granty/pdf-templates
ENV GRANTY_CONFIG_DIR=/etc/granty/config \
    GRANTY_TEMPLATES_DIR=/usr/share/granty/pdf-templates \
    GRANTY_LISTEN=0.0.0.0:8080 \
    GRANTY_LOG_FORMAT=json
USER granty
WORKDIR /var/lib/granty
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/granty"]
CMD ["serve"]
