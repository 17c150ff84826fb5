//! `route53::HostedZone`: a public hosted zone, or a reference to an existing one.

use forma_cfn::route53 as l1;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope};

/// What a [`HostedZone`] is made of. Required: the domain it serves.
#[derive(Debug, Clone)]
pub struct HostedZoneProps {
    name: String,
    comment: Option<String>,
}

impl HostedZoneProps {
    /// A zone serving `name` (`example.com`).
    pub fn new(name: impl Into<String>) -> Self {
        HostedZoneProps { name: name.into().trim_end_matches('.').to_owned(), comment: None }
    }

    /// Default: none.
    pub fn comment(mut self, comment: impl Into<String>) -> Self {
        self.comment = Some(comment.into());
        self
    }
}

/// A public hosted zone: the L1 `AWS::Route53::HostedZone` under the child id `Resource`.
/// It derefs to its [`HostedZoneRef`]. Its name servers must be delegated to by the parent
/// domain before names in it resolve.
#[derive(Clone)]
pub struct HostedZone {
    scope: Scope,
    resource: Resource<l1::HostedZone>,
    reference: HostedZoneRef,
}

forma_core::construct!(HostedZone, l1::HostedZone);

/// A hosted zone, made in this app or not ([`HostedZone::from_attributes`]): its id and the
/// domain it serves, which records and certificates are checked against.
#[derive(Clone)]
pub struct HostedZoneRef {
    scope: Scope,
    id: Value<String>,
    name: String,
}

impl std::fmt::Debug for HostedZoneRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HostedZoneRef({}: {})", self.scope.path(), self.name)
    }
}

impl HostedZone {
    /// A zone under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::route53::{HostedZone, HostedZoneProps};
    /// let app = forma_dsl::App::new();
    /// let zone = HostedZone::new(&app.stack("Dns"), "Zone", HostedZoneProps::new("example.com"));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: HostedZoneProps) -> HostedZone {
        let scope = scope.as_scope().child(id);
        let mut zone = l1::HostedZone::new().name(format!("{}.", props.name));
        if let Some(comment) = props.comment {
            zone = zone.hosted_zone_config(l1::hosted_zone::HostedZoneConfig::new().comment(comment));
        }
        let resource = scope.add("Resource", zone);
        let reference = HostedZoneRef { scope: scope.clone(), id: resource.reference(), name: props.name };
        HostedZone { scope, resource, reference }
    }

    /// An existing zone, not in this app: its id (`Z0123456789ABCDEFGHIJ`, or a stack
    /// parameter) and the domain it serves (`example.com`). forma does no lookup at synth.
    ///
    /// ```
    /// use forma_dsl::route53::HostedZone;
    /// let app = forma_dsl::App::new();
    /// let zone = HostedZone::from_attributes(&app.stack("Web"), "Zone", "Z0123456789ABCDEFGHIJ", "example.com");
    /// assert_eq!(zone.name(), "example.com");
    /// ```
    #[track_caller]
    pub fn from_attributes(
        scope: &impl AsScope,
        id: &str,
        zone_id: impl Into<Value<String>>,
        name: &str,
    ) -> HostedZoneRef {
        HostedZoneRef {
            scope: scope.as_scope().child(id),
            id: zone_id.into(),
            name: name.trim_end_matches('.').to_owned(),
        }
    }
}

impl std::ops::Deref for HostedZone {
    type Target = HostedZoneRef;

    fn deref(&self) -> &HostedZoneRef {
        &self.reference
    }
}

impl HostedZoneRef {
    /// The zone's id.
    pub fn id(&self) -> Value<String> {
        self.id.clone()
    }

    /// The domain it serves, `example.com`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether `domain` (`www.example.com`, `*.example.com`) is in this zone.
    pub(crate) fn holds(&self, domain: &str) -> bool {
        let bare = domain.trim_end_matches('.').trim_start_matches("*.");
        bare == self.name || bare.ends_with(&format!(".{}", self.name))
    }
}

/// Any hosted zone: a [`HostedZone`], or one referenced with
/// [`HostedZone::from_attributes`].
pub trait AsHostedZone {
    /// The zone, as a reference.
    fn as_hosted_zone(&self) -> HostedZoneRef;
}

impl AsHostedZone for HostedZoneRef {
    fn as_hosted_zone(&self) -> HostedZoneRef {
        self.clone()
    }
}

impl AsHostedZone for HostedZone {
    fn as_hosted_zone(&self) -> HostedZoneRef {
        self.reference.clone()
    }
}
