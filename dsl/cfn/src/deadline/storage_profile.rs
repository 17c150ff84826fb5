// @generated from AWS::Deadline::StorageProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Deadline::StorageProfile` and its property types.

/// Resource Type definition for AWS::Deadline::StorageProfile
///
/// CloudFormation type `AWS::Deadline::StorageProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageProfile {
    props: ::forma_core::schema::Props,
}
impl StorageProfile {
    /// A new resource with its required properties: `DisplayName`, `FarmId`, `OsFamily`.
    #[track_caller]
    pub fn new(
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        farm_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        os_family: impl ::forma_core::schema::EnumArg<StorageProfileOperatingSystemFamily>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, farm_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, os_family.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `FileSystemLocations`.
    #[track_caller]
    pub fn file_system_locations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FileSystemLocation>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StorageProfile {
    type Attributes = StorageProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::Deadline::StorageProfile"
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
/// The attributes of a `AWS::Deadline::StorageProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StorageProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StorageProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StorageProfileAttributes {
    /// `Fn::GetAtt` `StorageProfileId`.
    pub fn storage_profile_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageProfileId")
    }
}

/// The values CloudFormation documents: `WINDOWS`, `LINUX`, `MACOS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageProfileOperatingSystemFamily {
    /// `WINDOWS`
    Windows,
    /// `LINUX`
    Linux,
    /// `MACOS`
    Macos,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageProfileOperatingSystemFamily {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Windows => "WINDOWS",
            Self::Linux => "LINUX",
            Self::Macos => "MACOS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WINDOWS", "LINUX", "MACOS"]
    }
}
impl ::std::convert::From<StorageProfileOperatingSystemFamily>
    for ::forma_core::Value<StorageProfileOperatingSystemFamily>
{
    fn from(v: StorageProfileOperatingSystemFamily) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageProfileOperatingSystemFamily {}

/// The values CloudFormation documents: `SHARED`, `LOCAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileSystemLocationType {
    /// `SHARED`
    Shared,
    /// `LOCAL`
    Local,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FileSystemLocationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Shared => "SHARED",
            Self::Local => "LOCAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SHARED", "LOCAL"]
    }
}
impl ::std::convert::From<FileSystemLocationType> for ::forma_core::Value<FileSystemLocationType> {
    fn from(v: FileSystemLocationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FileSystemLocationType {}

/// The `FileSystemLocation` property type of `AWS::Deadline::StorageProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystemLocation {
    props: ::forma_core::schema::Props,
}
impl FileSystemLocation {
    /// A new value with its required properties: `Name`, `Path`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<FileSystemLocationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, path.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<FileSystemLocation> for ::forma_core::Value<FileSystemLocation> {
    fn from(v: FileSystemLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_SYSTEM_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::Deadline::StorageProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Deadline::StorageProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "FarmId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^farm-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FileSystemLocations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILE_SYSTEM_LOCATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OsFamily",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WINDOWS", "LINUX", "MACOS"]),
        },
    ],
    rules: &[],
    attributes: &["StorageProfileId"],
};

static FILE_SYSTEM_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::StorageProfile.FileSystemLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z ]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SHARED", "LOCAL"]),
        },
    ],
    rules: &[],
};
