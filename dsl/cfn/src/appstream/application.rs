// @generated from AWS::AppStream::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::Application` and its property types.

/// Resource Type definition for AWS::AppStream::Application
///
/// CloudFormation type `AWS::AppStream::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `AppBlockArn`, `IconS3Location`, `InstanceFamilies`, `LaunchPath`, `Name`, `Platforms`.
    #[track_caller]
    pub fn new(
        app_block_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        icon_s3_location: impl ::std::convert::Into<::forma_core::Value<S3Location>>,
        instance_families: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        launch_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        platforms: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlatformType>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_block_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, icon_s3_location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, instance_families.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, launch_path.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, platforms.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AttributesToDelete`.
    #[track_caller]
    pub fn attributes_to_delete(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisplayName`.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LaunchParameters`.
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn launch_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WorkingDirectory`.
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn working_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::Application"
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
/// The attributes of a `AWS::AppStream::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
}

/// The values CloudFormation documents: `AMAZON_LINUX2`, `RHEL8`, `ROCKY_LINUX8`, `UBUNTU_PRO_2404`, `WINDOWS`, `WINDOWS_SERVER_2016`, `WINDOWS_SERVER_2019`, `WINDOWS_SERVER_2022`, `WINDOWS_SERVER_2025`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlatformType {
    /// `AMAZON_LINUX2`
    AmazonLinux2,
    /// `RHEL8`
    Rhel8,
    /// `ROCKY_LINUX8`
    RockyLinux8,
    /// `UBUNTU_PRO_2404`
    UbuntuPro2404,
    /// `WINDOWS`
    Windows,
    /// `WINDOWS_SERVER_2016`
    WindowsServer2016,
    /// `WINDOWS_SERVER_2019`
    WindowsServer2019,
    /// `WINDOWS_SERVER_2022`
    WindowsServer2022,
    /// `WINDOWS_SERVER_2025`
    WindowsServer2025,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlatformType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonLinux2 => "AMAZON_LINUX2",
            Self::Rhel8 => "RHEL8",
            Self::RockyLinux8 => "ROCKY_LINUX8",
            Self::UbuntuPro2404 => "UBUNTU_PRO_2404",
            Self::Windows => "WINDOWS",
            Self::WindowsServer2016 => "WINDOWS_SERVER_2016",
            Self::WindowsServer2019 => "WINDOWS_SERVER_2019",
            Self::WindowsServer2022 => "WINDOWS_SERVER_2022",
            Self::WindowsServer2025 => "WINDOWS_SERVER_2025",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AMAZON_LINUX2",
            "RHEL8",
            "ROCKY_LINUX8",
            "UBUNTU_PRO_2404",
            "WINDOWS",
            "WINDOWS_SERVER_2016",
            "WINDOWS_SERVER_2019",
            "WINDOWS_SERVER_2022",
            "WINDOWS_SERVER_2025",
        ]
    }
}
impl ::std::convert::From<PlatformType> for ::forma_core::Value<PlatformType> {
    fn from(v: PlatformType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlatformType {}

/// The `S3Location` property type of `AWS::AppStream::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
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
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::AppStream::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::AppStream::Application",
properties: &[
::forma_core::schema::Property { name: "AppBlockArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "AttributesToDelete", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "DisplayName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(100) }) },
::forma_core::schema::Property { name: "IconS3Location", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE) },
::forma_core::schema::Property { name: "InstanceFamilies", required: true, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "LaunchParameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }) },
::forma_core::schema::Property { name: "LaunchPath", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Platforms", required: true, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["AMAZON_LINUX2", "RHEL8", "ROCKY_LINUX8", "UBUNTU_PRO_2404", "WINDOWS", "WINDOWS_SERVER_2016", "WINDOWS_SERVER_2019", "WINDOWS_SERVER_2022", "WINDOWS_SERVER_2025"]), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(4) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Json, ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "WorkingDirectory", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }) },
],
rules: &[],
attributes: &["Arn", "CreatedTime"],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::Application.S3Location",
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
            required: true,
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
