//! Connecting to AWS (or any endpoint that speaks its APIs).

use aws_config::{BehaviorVersion, Region};

use super::error::{DeployError, ErrorKind};

/// The clients a deploy command needs, for one account and region.
#[derive(Clone, Debug)]
pub struct Aws {
    pub cfn: aws_sdk_cloudformation::Client,
    pub s3: aws_sdk_s3::Client,
    pub ecr: aws_sdk_ecr::Client,
    pub region: String,
}

/// Profile and region as given on the command line; the rest comes from the standard
/// chain (environment, shared config and credentials files, SSO, instance roles).
#[derive(Debug, Clone, Default)]
pub struct Connection {
    pub profile: Option<String>,
    pub region: Option<String>,
}

impl Aws {
    /// Loads the configuration and builds the clients. `AWS_ENDPOINT_URL` (and the
    /// per-service `AWS_ENDPOINT_URL_<SERVICE>`) point them at another endpoint.
    pub async fn connect(conn: &Connection) -> Result<Aws, DeployError> {
        let mut loader = aws_config::defaults(BehaviorVersion::latest());
        if let Some(p) = &conn.profile {
            loader = loader.profile_name(p);
        }
        if let Some(r) = &conn.region {
            loader = loader.region(Region::new(r.clone()));
        }
        let config = loader.load().await;
        let Some(region) = config.region().map(|r| r.to_string()) else {
            return Err(DeployError::new(ErrorKind::Connection, "no AWS region is configured")
                .hint("pass --region, set AWS_REGION, or set a region in the profile"));
        };
        if config.credentials_provider().is_none() {
            return Err(DeployError::new(ErrorKind::Connection, "no AWS credentials are configured").hint(
                "set AWS_PROFILE (or --profile), run aws sso login, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
            ));
        }
        // A custom endpoint (an emulator, a proxy) rarely serves bucket subdomains.
        let custom_s3 =
            std::env::var_os("AWS_ENDPOINT_URL").is_some() || std::env::var_os("AWS_ENDPOINT_URL_S3").is_some();
        let s3_config = aws_sdk_s3::config::Builder::from(&config).force_path_style(custom_s3).build();
        Ok(Aws {
            cfn: aws_sdk_cloudformation::Client::new(&config),
            s3: aws_sdk_s3::Client::from_conf(s3_config),
            ecr: aws_sdk_ecr::Client::new(&config),
            region,
        })
    }
}
