// @generated from AWS::Glue::UserDefinedFunction (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::UserDefinedFunction` and its property types.

/// Represents a user-defined function (UDF) definition in the AWS Glue Data Catalog.
///
/// CloudFormation type `AWS::Glue::UserDefinedFunction`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserDefinedFunction {
    props: ::forma_core::schema::Props,
}
impl UserDefinedFunction {
    /// A new resource with its required properties: `DatabaseName`, `FunctionName`.
    #[track_caller]
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        function_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, database_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, function_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Java class that contains the function code.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn class_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the function.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn function_type(mut self, value: impl ::forma_core::schema::EnumArg<FunctionType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The owner of the function.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn owner_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The owner type.
    #[track_caller]
    pub fn owner_type(mut self, value: impl ::forma_core::schema::EnumArg<OwnerType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource URIs for the function.
    #[track_caller]
    pub fn resource_uris(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceUri>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserDefinedFunction {
    type Attributes = UserDefinedFunctionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::UserDefinedFunction"
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
/// The attributes of a `AWS::Glue::UserDefinedFunction` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserDefinedFunctionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserDefinedFunctionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserDefinedFunctionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `REGULAR_FUNCTION`, `AGGREGATE_FUNCTION`, `STORED_PROCEDURE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FunctionType {
    /// `REGULAR_FUNCTION`
    RegularFunction,
    /// `AGGREGATE_FUNCTION`
    AggregateFunction,
    /// `STORED_PROCEDURE`
    StoredProcedure,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FunctionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RegularFunction => "REGULAR_FUNCTION",
            Self::AggregateFunction => "AGGREGATE_FUNCTION",
            Self::StoredProcedure => "STORED_PROCEDURE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REGULAR_FUNCTION", "AGGREGATE_FUNCTION", "STORED_PROCEDURE"]
    }
}
impl ::std::convert::From<FunctionType> for ::forma_core::Value<FunctionType> {
    fn from(v: FunctionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FunctionType {}

/// The values CloudFormation documents: `USER`, `ROLE`, `GROUP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OwnerType {
    /// `USER`
    User,
    /// `ROLE`
    Role,
    /// `GROUP`
    Group,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OwnerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "USER",
            Self::Role => "ROLE",
            Self::Group => "GROUP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["USER", "ROLE", "GROUP"]
    }
}
impl ::std::convert::From<OwnerType> for ::forma_core::Value<OwnerType> {
    fn from(v: OwnerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OwnerType {}

/// The values CloudFormation documents: `JAR`, `FILE`, `ARCHIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `JAR`
    Jar,
    /// `FILE`
    File,
    /// `ARCHIVE`
    Archive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Jar => "JAR",
            Self::File => "FILE",
            Self::Archive => "ARCHIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JAR", "FILE", "ARCHIVE"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The URIs for function resources.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceUri {
    props: ::forma_core::schema::Props,
}
impl ResourceUri {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of the resource.
    pub fn resource_type(mut self, value: impl ::forma_core::schema::EnumArg<ResourceType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The URI for accessing the resource.
    ///
    /// Allowed: length 1 to 1024.
    pub fn uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceUri {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceUri> for ::forma_core::Value<ResourceUri> {
    fn from(v: ResourceUri) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_URI_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::UserDefinedFunction`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::UserDefinedFunction",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClassName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "FunctionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "FunctionType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["REGULAR_FUNCTION", "AGGREGATE_FUNCTION", "STORED_PROCEDURE"]),
        },
        ::forma_core::schema::Property {
            name: "OwnerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "OwnerType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["USER", "ROLE", "GROUP"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceUris",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_URI_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1000) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static RESOURCE_URI_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::UserDefinedFunction.ResourceUri",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JAR", "FILE", "ARCHIVE"]),
        },
        ::forma_core::schema::Property {
            name: "Uri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
