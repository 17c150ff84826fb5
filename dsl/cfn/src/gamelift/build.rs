// @generated from AWS::GameLift::Build (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GameLift::Build` and its property types.

/// Resource Type definition for AWS::GameLift::Build
///
/// CloudFormation type `AWS::GameLift::Build`.
#[derive(Debug, Clone, PartialEq)]
pub struct Build {
    props: ::forma_core::schema::Props,
}
impl Build {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A descriptive label that is associated with a build.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The operating system that the game server binaries are built to run on.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn operating_system(mut self, value: impl ::forma_core::schema::EnumArg<OperatingSystem>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A server SDK version you used when integrating your game server build with Amazon GameLift.
    ///
    /// Allowed: length 0 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn server_sdk_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information indicating where your game build files are stored.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<StorageLocation>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Version information that is associated with this build.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Build {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Build {
    type Attributes = BuildAttributes;
    fn type_name(&self) -> &str {
        "AWS::GameLift::Build"
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
/// The attributes of a `AWS::GameLift::Build` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BuildAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BuildAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BuildAttributes {
    /// `Fn::GetAtt` `BuildId`.
    pub fn build_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BuildId")
    }
    /// `Fn::GetAtt` `BuildArn`.
    pub fn build_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BuildArn")
    }
}

/// The values CloudFormation documents: `AMAZON_LINUX`, `AMAZON_LINUX_2`, `AMAZON_LINUX_2023`, `WINDOWS_2012`, `WINDOWS_2016`, `WINDOWS_2022`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperatingSystem {
    /// `AMAZON_LINUX`
    AmazonLinux,
    /// `AMAZON_LINUX_2`
    AmazonLinux2,
    /// `AMAZON_LINUX_2023`
    AmazonLinux2023,
    /// `WINDOWS_2012`
    Windows2012,
    /// `WINDOWS_2016`
    Windows2016,
    /// `WINDOWS_2022`
    Windows2022,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OperatingSystem {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonLinux => "AMAZON_LINUX",
            Self::AmazonLinux2 => "AMAZON_LINUX_2",
            Self::AmazonLinux2023 => "AMAZON_LINUX_2023",
            Self::Windows2012 => "WINDOWS_2012",
            Self::Windows2016 => "WINDOWS_2016",
            Self::Windows2022 => "WINDOWS_2022",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AMAZON_LINUX", "AMAZON_LINUX_2", "AMAZON_LINUX_2023", "WINDOWS_2012", "WINDOWS_2016", "WINDOWS_2022"]
    }
}
impl ::std::convert::From<OperatingSystem> for ::forma_core::Value<OperatingSystem> {
    fn from(v: OperatingSystem) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OperatingSystem {}

/// The `StorageLocation` property type of `AWS::GameLift::Build`.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageLocation {
    props: ::forma_core::schema::Props,
}
impl StorageLocation {
    /// A new value with its required properties: `Bucket`, `Key`, `RoleArn`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, key.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        Self { props }
    }
    /// The version of the file, if object versioning is turned on for the bucket.
    ///
    /// Allowed: length 1 to any.
    pub fn object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StorageLocation> for ::forma_core::Value<StorageLocation> {
    fn from(v: StorageLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_LOCATION_TYPE.properties))
    }
}

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

/// The schema of `AWS::GameLift::Build`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GameLift::Build",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "OperatingSystem",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AMAZON_LINUX",
                "AMAZON_LINUX_2",
                "AMAZON_LINUX_2023",
                "WINDOWS_2012",
                "WINDOWS_2016",
                "WINDOWS_2022",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ServerSdkVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d+\\.\\d+\\.\\d+$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageLocation",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Version",
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
    attributes: &["BuildId", "BuildArn"],
};

static STORAGE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Build.StorageLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::Build.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
