// @generated from AWS::Lambda::LayerVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::LayerVersion` and its property types.

/// Resource Type definition for AWS::Lambda::LayerVersion
///
/// CloudFormation type `AWS::Lambda::LayerVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerVersion {
    props: ::forma_core::schema::Props,
}
impl LayerVersion {
    /// A new resource with its required properties: `Content`.
    #[track_caller]
    pub fn new(content: impl ::std::convert::Into<::forma_core::Value<Content>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, content.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of compatible instruction set architectures.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn compatible_architectures(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CompatibleArchitectures>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of compatible function runtimes.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn compatible_runtimes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CompatibleRuntimes>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the version.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name or Amazon Resource Name (ARN) of the layer.
    ///
    /// Allowed: length 1 to 140.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn layer_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The layer's software license.
    ///
    /// Allowed: length 0 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn license_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LayerVersion {
    type Attributes = LayerVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::LayerVersion"
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
/// The attributes of a `AWS::Lambda::LayerVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LayerVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LayerVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LayerVersionAttributes {
    /// `Fn::GetAtt` `LayerVersionArn`.
    pub fn layer_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LayerVersionArn")
    }
}

/// The values CloudFormation documents: `arm64`, `x86_64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompatibleArchitectures {
    /// `arm64`
    Arm64,
    /// `x86_64`
    X8664,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompatibleArchitectures {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Arm64 => "arm64",
            Self::X8664 => "x86_64",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["arm64", "x86_64"]
    }
}
impl ::std::convert::From<CompatibleArchitectures> for ::forma_core::Value<CompatibleArchitectures> {
    fn from(v: CompatibleArchitectures) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompatibleArchitectures {}

/// The values CloudFormation documents: `dotnet10`, `dotnet6`, `dotnet8`, `dotnetcore1.0`, `dotnetcore2.0`, `dotnetcore2.1`, `dotnetcore3.1`, `go1.x`, `java11`, `java11.al2023`, `java17`, `java17.al2023`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompatibleRuntimes {
    /// `dotnet10`
    Dotnet10,
    /// `dotnet6`
    Dotnet6,
    /// `dotnet8`
    Dotnet8,
    /// `dotnetcore1.0`
    Dotnetcore10,
    /// `dotnetcore2.0`
    Dotnetcore20,
    /// `dotnetcore2.1`
    Dotnetcore21,
    /// `dotnetcore3.1`
    Dotnetcore31,
    /// `go1.x`
    Go1X,
    /// `java11`
    Java11,
    /// `java11.al2023`
    Java11Al2023,
    /// `java17`
    Java17,
    /// `java17.al2023`
    Java17Al2023,
    /// `java21`
    Java21,
    /// `java25`
    Java25,
    /// `java8`
    Java8,
    /// `java8.al2`
    Java8Al2,
    /// `java8.al2023`
    Java8Al2023,
    /// `nodejs`
    Nodejs,
    /// `nodejs10.x`
    Nodejs10X,
    /// `nodejs12.x`
    Nodejs12X,
    /// `nodejs14.x`
    Nodejs14X,
    /// `nodejs16.x`
    Nodejs16X,
    /// `nodejs18.x`
    Nodejs18X,
    /// `nodejs20.x`
    Nodejs20X,
    /// `nodejs22.x`
    Nodejs22X,
    /// `nodejs24.x`
    Nodejs24X,
    /// `nodejs26.x`
    Nodejs26X,
    /// `nodejs4.3`
    Nodejs43,
    /// `nodejs4.3-edge`
    Nodejs43Edge,
    /// `nodejs6.10`
    Nodejs610,
    /// `nodejs8.10`
    Nodejs810,
    /// `provided`
    Provided,
    /// `provided.al2`
    ProvidedAl2,
    /// `provided.al2023`
    ProvidedAl2023,
    /// `python2.7`
    Python27,
    /// `python3.10`
    Python310,
    /// `python3.11`
    Python311,
    /// `python3.12`
    Python312,
    /// `python3.13`
    Python313,
    /// `python3.14`
    Python314,
    /// `python3.15`
    Python315,
    /// `python3.6`
    Python36,
    /// `python3.7`
    Python37,
    /// `python3.8`
    Python38,
    /// `python3.9`
    Python39,
    /// `ruby2.5`
    Ruby25,
    /// `ruby2.7`
    Ruby27,
    /// `ruby3.2`
    Ruby32,
    /// `ruby3.3`
    Ruby33,
    /// `ruby3.4`
    Ruby34,
    /// `ruby4.0`
    Ruby40,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompatibleRuntimes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dotnet10 => "dotnet10",
            Self::Dotnet6 => "dotnet6",
            Self::Dotnet8 => "dotnet8",
            Self::Dotnetcore10 => "dotnetcore1.0",
            Self::Dotnetcore20 => "dotnetcore2.0",
            Self::Dotnetcore21 => "dotnetcore2.1",
            Self::Dotnetcore31 => "dotnetcore3.1",
            Self::Go1X => "go1.x",
            Self::Java11 => "java11",
            Self::Java11Al2023 => "java11.al2023",
            Self::Java17 => "java17",
            Self::Java17Al2023 => "java17.al2023",
            Self::Java21 => "java21",
            Self::Java25 => "java25",
            Self::Java8 => "java8",
            Self::Java8Al2 => "java8.al2",
            Self::Java8Al2023 => "java8.al2023",
            Self::Nodejs => "nodejs",
            Self::Nodejs10X => "nodejs10.x",
            Self::Nodejs12X => "nodejs12.x",
            Self::Nodejs14X => "nodejs14.x",
            Self::Nodejs16X => "nodejs16.x",
            Self::Nodejs18X => "nodejs18.x",
            Self::Nodejs20X => "nodejs20.x",
            Self::Nodejs22X => "nodejs22.x",
            Self::Nodejs24X => "nodejs24.x",
            Self::Nodejs26X => "nodejs26.x",
            Self::Nodejs43 => "nodejs4.3",
            Self::Nodejs43Edge => "nodejs4.3-edge",
            Self::Nodejs610 => "nodejs6.10",
            Self::Nodejs810 => "nodejs8.10",
            Self::Provided => "provided",
            Self::ProvidedAl2 => "provided.al2",
            Self::ProvidedAl2023 => "provided.al2023",
            Self::Python27 => "python2.7",
            Self::Python310 => "python3.10",
            Self::Python311 => "python3.11",
            Self::Python312 => "python3.12",
            Self::Python313 => "python3.13",
            Self::Python314 => "python3.14",
            Self::Python315 => "python3.15",
            Self::Python36 => "python3.6",
            Self::Python37 => "python3.7",
            Self::Python38 => "python3.8",
            Self::Python39 => "python3.9",
            Self::Ruby25 => "ruby2.5",
            Self::Ruby27 => "ruby2.7",
            Self::Ruby32 => "ruby3.2",
            Self::Ruby33 => "ruby3.3",
            Self::Ruby34 => "ruby3.4",
            Self::Ruby40 => "ruby4.0",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "dotnet10",
            "dotnet6",
            "dotnet8",
            "dotnetcore1.0",
            "dotnetcore2.0",
            "dotnetcore2.1",
            "dotnetcore3.1",
            "go1.x",
            "java11",
            "java11.al2023",
            "java17",
            "java17.al2023",
            "java21",
            "java25",
            "java8",
            "java8.al2",
            "java8.al2023",
            "nodejs",
            "nodejs10.x",
            "nodejs12.x",
            "nodejs14.x",
            "nodejs16.x",
            "nodejs18.x",
            "nodejs20.x",
            "nodejs22.x",
            "nodejs24.x",
            "nodejs26.x",
            "nodejs4.3",
            "nodejs4.3-edge",
            "nodejs6.10",
            "nodejs8.10",
            "provided",
            "provided.al2",
            "provided.al2023",
            "python2.7",
            "python3.10",
            "python3.11",
            "python3.12",
            "python3.13",
            "python3.14",
            "python3.15",
            "python3.6",
            "python3.7",
            "python3.8",
            "python3.9",
            "ruby2.5",
            "ruby2.7",
            "ruby3.2",
            "ruby3.3",
            "ruby3.4",
            "ruby4.0",
        ]
    }
}
impl ::std::convert::From<CompatibleRuntimes> for ::forma_core::Value<CompatibleRuntimes> {
    fn from(v: CompatibleRuntimes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompatibleRuntimes {}

/// The values CloudFormation documents: `COPY`, `REFERENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ObjectStorageMode {
    /// `COPY`
    Copy,
    /// `REFERENCE`
    Reference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3ObjectStorageMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Copy => "COPY",
            Self::Reference => "REFERENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COPY", "REFERENCE"]
    }
}
impl ::std::convert::From<S3ObjectStorageMode> for ::forma_core::Value<S3ObjectStorageMode> {
    fn from(v: S3ObjectStorageMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3ObjectStorageMode {}

/// The `Content` property type of `AWS::Lambda::LayerVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    props: ::forma_core::schema::Props,
}
impl Content {
    /// A new value with its required properties: `S3Bucket`, `S3Key`.
    pub fn new(
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        props.set(1, s3_key.into().into_expr());
        Self { props }
    }
    /// Specifies whether Lambda should copy the deployment package to its internal storage (COPY) or reference it directly from your S3 bucket (REFERENCE).
    pub fn s3_object_storage_mode(mut self, value: impl ::forma_core::schema::EnumArg<S3ObjectStorageMode>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// For versioned objects, the version of the layer archive object to use.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Content> for ::forma_core::Value<Content> {
    fn from(v: Content) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::LayerVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Lambda::LayerVersion",
properties: &[
::forma_core::schema::Property { name: "CompatibleArchitectures", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["arm64", "x86_64"]), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) }) },
::forma_core::schema::Property { name: "CompatibleRuntimes", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["dotnet10", "dotnet6", "dotnet8", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "go1.x", "java11", "java11.al2023", "java17", "java17.al2023", "java21", "java25", "java8", "java8.al2", "java8.al2023", "nodejs", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x", "nodejs20.x", "nodejs22.x", "nodejs24.x", "nodejs26.x", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "provided", "provided.al2", "provided.al2023", "python2.7", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14", "python3.15", "python3.6", "python3.7", "python3.8", "python3.9", "ruby2.5", "ruby2.7", "ruby3.2", "ruby3.3", "ruby3.4", "ruby4.0"]), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(15) }) },
::forma_core::schema::Property { name: "Content", required: true, create_only: true, shape: ::forma_core::schema::Shape::Object(&CONTENT_TYPE) },
::forma_core::schema::Property { name: "Description", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "LayerName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+$"), min_length: Some(1), max_length: Some(140) }) },
::forma_core::schema::Property { name: "LicenseInfo", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(512) }) },
],
rules: &[],
attributes: &["LayerVersionArn"],
};

static CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::LayerVersion.Content",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z\\.\\-_]*(?<!\\.)$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectStorageMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COPY", "REFERENCE"]),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectVersion",
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
