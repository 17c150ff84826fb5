// @generated from AWS::AppStream::AppBlock (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::AppBlock` and its property types.

/// Resource Type definition for AWS::AppStream::AppBlock
///
/// CloudFormation type `AWS::AppStream::AppBlock`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppBlock {
    props: ::forma_core::schema::Props,
}
impl AppBlock {
    /// A new resource with its required properties: `Name`, `SourceS3Location`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_s3_location: impl ::std::convert::Into<::forma_core::Value<S3Location>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, source_s3_location.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisplayName`.
    ///
    /// Allowed: length 0 to 100.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PackagingType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn packaging_type(mut self, value: impl ::forma_core::schema::EnumArg<PackagingType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PostSetupScriptDetails`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn post_setup_script_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScriptDetails>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SetupScriptDetails`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn setup_script_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScriptDetails>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AppBlock {
    type Attributes = AppBlockAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::AppBlock"
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
/// The attributes of a `AWS::AppStream::AppBlock` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AppBlockAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AppBlockAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AppBlockAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
}

/// The values CloudFormation documents: `APPSTREAM2`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PackagingType {
    /// `APPSTREAM2`
    Appstream2,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PackagingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Appstream2 => "APPSTREAM2",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APPSTREAM2", "CUSTOM"]
    }
}
impl ::std::convert::From<PackagingType> for ::forma_core::Value<PackagingType> {
    fn from(v: PackagingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PackagingType {}

/// The `ScriptDetails` property type of `AWS::AppStream::AppBlock`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptDetails {
    props: ::forma_core::schema::Props,
}
impl ScriptDetails {
    /// A new value with its required properties: `ExecutablePath`, `ScriptS3Location`, `TimeoutInSeconds`.
    pub fn new(
        executable_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        script_s3_location: impl ::std::convert::Into<::forma_core::Value<S3Location>>,
        timeout_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, executable_path.into().into_expr());
        props.set(2, script_s3_location.into().into_expr());
        props.set(3, timeout_in_seconds.into().into_expr());
        Self { props }
    }
    /// `ExecutableParameters`.
    ///
    /// Allowed: length 1 to any.
    pub fn executable_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScriptDetails> for ::forma_core::Value<ScriptDetails> {
    fn from(v: ScriptDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCRIPT_DETAILS_TYPE.properties))
    }
}

/// The `S3Location` property type of `AWS::AppStream::AppBlock`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `S3Bucket`.
    pub fn new(s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        Self { props }
    }
    /// `S3Key`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::AppStream::AppBlock`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppStream::AppBlock",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PackagingType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["APPSTREAM2", "CUSTOM"]),
        },
        ::forma_core::schema::Property {
            name: "PostSetupScriptDetails",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SCRIPT_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SetupScriptDetails",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SCRIPT_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceS3Location",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedTime"],
};

static SCRIPT_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::AppBlock.ScriptDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExecutableParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutablePath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScriptS3Location",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::AppBlock.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z\\.\\-]*(?<!\\.)$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
