// @generated from AWS::SageMaker::MlflowTrackingServer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::MlflowTrackingServer` and its property types.

/// Resource Type definition for AWS::SageMaker::MlflowTrackingServer
///
/// CloudFormation type `AWS::SageMaker::MlflowTrackingServer`.
#[derive(Debug, Clone, PartialEq)]
pub struct MlflowTrackingServer {
    props: ::forma_core::schema::Props,
}
impl MlflowTrackingServer {
    /// A new resource with its required properties: `ArtifactStoreUri`, `RoleArn`, `TrackingServerName`.
    #[track_caller]
    pub fn new(
        artifact_store_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tracking_server_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, artifact_store_uri.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, tracking_server_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A flag to enable Automatic SageMaker Model Registration.
    #[track_caller]
    pub fn automatic_model_registration(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The MLFlow Version used on the MLFlow Tracking Server.
    ///
    /// Allowed: length 1 to 32.
    #[track_caller]
    pub fn mlflow_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The size of the MLFlow Tracking Server.
    #[track_caller]
    pub fn tracking_server_size(mut self, value: impl ::forma_core::schema::EnumArg<TrackingServerSize>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The start of the time window for maintenance of the MLFlow Tracking Server in UTC time.
    ///
    /// Allowed: length 0 to 9.
    #[track_caller]
    pub fn weekly_maintenance_window_start(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MlflowTrackingServer {
    type Attributes = MlflowTrackingServerAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::MlflowTrackingServer"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::SageMaker::MlflowTrackingServer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MlflowTrackingServerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MlflowTrackingServerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MlflowTrackingServerAttributes {
    /// `Fn::GetAtt` `TrackingServerArn`.
    pub fn tracking_server_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrackingServerArn")
    }
}

/// The values CloudFormation documents: `Small`, `Medium`, `Large`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrackingServerSize {
    /// `Small`
    Small,
    /// `Medium`
    Medium,
    /// `Large`
    Large,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrackingServerSize {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Small => "Small",
            Self::Medium => "Medium",
            Self::Large => "Large",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Small", "Medium", "Large"]
    }
}
impl ::std::convert::From<TrackingServerSize> for ::forma_core::Value<TrackingServerSize> {
    fn from(v: TrackingServerSize) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrackingServerSize {}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::MlflowTrackingServer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::MlflowTrackingServer",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArtifactStoreUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s3:\\/\\/([^\\/]+)\\/?(.*)$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "AutomaticModelRegistration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MlflowVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d+(\\.\\d+)+$"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role\\/?[a-zA-Z_0-9+=,.@\\-_\\/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrackingServerName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrackingServerSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Small", "Medium", "Large"]),
        },
        ::forma_core::schema::Property {
            name: "WeeklyMaintenanceWindowStart",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):([0-5]\\d)$"),
                min_length: Some(0),
                max_length: Some(9),
            }),
        },
    ],
    rules: &[],
    attributes: &["TrackingServerArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::MlflowTrackingServer.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
