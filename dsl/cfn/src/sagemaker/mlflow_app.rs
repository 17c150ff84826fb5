// @generated from AWS::SageMaker::MlflowApp (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::MlflowApp` and its property types.

/// Resource type definition for AWS::SageMaker::MlflowApp
///
/// CloudFormation type `AWS::SageMaker::MlflowApp`.
#[derive(Debug, Clone, PartialEq)]
pub struct MlflowApp {
    props: ::forma_core::schema::Props,
}
impl MlflowApp {
    /// A new resource with its required properties: `ArtifactStoreUri`, `Name`, `RoleArn`.
    #[track_caller]
    pub fn new(
        artifact_store_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, artifact_store_uri.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model Registry.
    #[track_caller]
    pub fn model_registration_mode(mut self, value: impl ::forma_core::schema::EnumArg<ModelRegistrationMode>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to associate with the MLflow App.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The day and time of the week in Coordinated Universal Time (UTC) 24-hour standard time that weekly maintenance updates are scheduled.
    ///
    /// Allowed: length 0 to 9.
    #[track_caller]
    pub fn weekly_maintenance_window_start(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MlflowApp {
    type Attributes = MlflowAppAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::MlflowApp"
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
/// The attributes of a `AWS::SageMaker::MlflowApp` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MlflowAppAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MlflowAppAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MlflowAppAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `MlflowAppId`.
    pub fn mlflow_app_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MlflowAppId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `MlflowVersion`.
    pub fn mlflow_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MlflowVersion")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `AutoModelRegistrationEnabled`, `AutoModelRegistrationDisabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModelRegistrationMode {
    /// `AutoModelRegistrationEnabled`
    AutoModelRegistrationEnabled,
    /// `AutoModelRegistrationDisabled`
    AutoModelRegistrationDisabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ModelRegistrationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutoModelRegistrationEnabled => "AutoModelRegistrationEnabled",
            Self::AutoModelRegistrationDisabled => "AutoModelRegistrationDisabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AutoModelRegistrationEnabled", "AutoModelRegistrationDisabled"]
    }
}
impl ::std::convert::From<ModelRegistrationMode> for ::forma_core::Value<ModelRegistrationMode> {
    fn from(v: ModelRegistrationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ModelRegistrationMode {}

/// The `Tag` property type of `AWS::SageMaker::MlflowApp`.
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

/// The schema of `AWS::SageMaker::MlflowApp`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::MlflowApp",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArtifactStoreUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(https|s3)://([^/]+)/?(.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelRegistrationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AutoModelRegistrationEnabled",
                "AutoModelRegistrationDisabled",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"),
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WeeklyMaintenanceWindowStart",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):([0-5]\\d)"),
                min_length: Some(0),
                max_length: Some(9),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "MlflowAppId", "Status", "MlflowVersion", "CreationTime", "LastModifiedTime"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::MlflowApp.Tag",
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
