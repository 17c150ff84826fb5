// @generated from AWS::MediaTailor::VodSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaTailor::VodSource` and its property types.

/// Definition of AWS::MediaTailor::VodSource Resource Type
///
/// CloudFormation type `AWS::MediaTailor::VodSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct VodSource {
    props: ::forma_core::schema::Props,
}
impl VodSource {
    /// A new resource with its required properties: `HttpPackageConfigurations`, `SourceLocationName`, `VodSourceName`.
    #[track_caller]
    pub fn new(
        http_package_configurations: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<HttpPackageConfiguration>>,
        >,
        source_location_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vod_source_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, http_package_configurations.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, source_location_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, vod_source_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags to assign to the VOD source.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VodSource {
    type Attributes = VodSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaTailor::VodSource"
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
/// The attributes of a `AWS::MediaTailor::VodSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VodSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VodSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VodSourceAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `DASH`, `HLS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `DASH`
    Dash,
    /// `HLS`
    Hls,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dash => "DASH",
            Self::Hls => "HLS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DASH", "HLS"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// <p>The HTTP package configuration properties for the requested VOD source.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct HttpPackageConfiguration {
    props: ::forma_core::schema::Props,
}
impl HttpPackageConfiguration {
    /// A new value with its required properties: `Path`, `SourceGroup`, `Type`.
    pub fn new(
        path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, path.into().into_expr());
        props.set(1, source_group.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<HttpPackageConfiguration> for ::forma_core::Value<HttpPackageConfiguration> {
    fn from(v: HttpPackageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_PACKAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaTailor::VodSource`.
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

/// The schema of `AWS::MediaTailor::VodSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaTailor::VodSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpPackageConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HTTP_PACKAGE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceLocationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VodSourceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static HTTP_PACKAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::VodSource.HttpPackageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Path",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceGroup",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DASH", "HLS"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::VodSource.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
