// @generated from AWS::AccountAccess::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AccountAccess::Application` and its property types.

/// Resource Type definition for AWS::AccountAccess::Application specifying an application for account access
///
/// CloudFormation type `AWS::AccountAccess::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `IdentitySource`.
    #[track_caller]
    pub fn new(identity_source: impl ::std::convert::Into<::forma_core::Value<IdentitySource>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, identity_source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AccountAccess::Application"
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
/// The attributes of a `AWS::AccountAccess::Application` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `ApplicationArn`.
    pub fn application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationArn")
    }
    /// `Fn::GetAtt` `IdentitySource.IdentityCenter.ApplicationArn`.
    pub fn identity_source_identity_center_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentitySource.IdentityCenter.ApplicationArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `TenantId`.
    pub fn tenant_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TenantId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The `IdentitySource` property type of `AWS::AccountAccess::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentitySource {
    props: ::forma_core::schema::Props,
}
impl IdentitySource {
    /// A new value with its required properties: `IdentityCenter`.
    pub fn new(identity_center: impl ::std::convert::Into<::forma_core::Value<IdentityCenter>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identity_center.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IdentitySource> for ::forma_core::Value<IdentitySource> {
    fn from(v: IdentitySource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_SOURCE_TYPE.properties))
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

/// The `IdentityCenter` property type of `AWS::AccountAccess::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityCenter {
    props: ::forma_core::schema::Props,
}
impl IdentityCenter {
    /// A new value with its required properties: `InstanceArn`.
    pub fn new(instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, instance_arn.into().into_expr());
        Self { props }
    }
    /// The ARN of the associated Identity Center application
    ///
    /// Allowed: length 10 to 1224.
    pub fn application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IdentityCenter> for ::forma_core::Value<IdentityCenter> {
    fn from(v: IdentityCenter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_CENTER_TYPE.properties))
    }
}

/// The schema of `AWS::AccountAccess::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AccountAccess::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdentitySource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "ApplicationArn",
        "IdentitySource.IdentityCenter.ApplicationArn",
        "Status",
        "TenantId",
        "CreatedAt",
        "UpdatedAt",
    ],
};

static IDENTITY_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccountAccess::Application.IdentitySource",
    properties: &[::forma_core::schema::Property {
        name: "IdentityCenter",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&IDENTITY_CENTER_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccountAccess::Application.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static IDENTITY_CENTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccountAccess::Application.IdentityCenter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-]+:sso::[0-9]{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}$",
                ),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z0-9-]+:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
    ],
    rules: &[],
};
