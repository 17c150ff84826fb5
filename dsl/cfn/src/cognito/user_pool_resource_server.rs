// @generated from AWS::Cognito::UserPoolResourceServer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPoolResourceServer` and its property types.

/// Resource Type definition for AWS::Cognito::UserPoolResourceServer
///
/// CloudFormation type `AWS::Cognito::UserPoolResourceServer`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolResourceServer {
    props: ::forma_core::schema::Props,
}
impl UserPoolResourceServer {
    /// A new resource with its required properties: `Identifier`, `Name`, `UserPoolId`.
    #[track_caller]
    pub fn new(
        identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Scopes`.
    #[track_caller]
    pub fn scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceServerScopeType>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserPoolResourceServer {
    type Attributes = UserPoolResourceServerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPoolResourceServer"
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
/// The attributes of a `AWS::Cognito::UserPoolResourceServer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolResourceServerAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolResourceServerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `ResourceServerScopeType` property type of `AWS::Cognito::UserPoolResourceServer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceServerScopeType {
    props: ::forma_core::schema::Props,
}
impl ResourceServerScopeType {
    /// A new value with its required properties: `ScopeDescription`, `ScopeName`.
    pub fn new(
        scope_description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scope_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, scope_description.into().into_expr());
        props.set(1, scope_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceServerScopeType> for ::forma_core::Value<ResourceServerScopeType> {
    fn from(v: ResourceServerScopeType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_SERVER_SCOPE_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::Cognito::UserPoolResourceServer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPoolResourceServer",
    properties: &[
        ::forma_core::schema::Property {
            name: "Identifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\s+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Scopes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_SERVER_SCOPE_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-]+_[0-9a-zA-Z]+$"),
                min_length: Some(1),
                max_length: Some(55),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static RESOURCE_SERVER_SCOPE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolResourceServer.ResourceServerScopeType",
    properties: &[
        ::forma_core::schema::Property {
            name: "ScopeDescription",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScopeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
