// @generated from AWS::Signer::ProfilePermission (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Signer::ProfilePermission` and its property types.

/// Resource Type definition for AWS::Signer::ProfilePermission
///
/// CloudFormation type `AWS::Signer::ProfilePermission`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfilePermission {
    props: ::forma_core::schema::Props,
}
impl ProfilePermission {
    /// A new resource with its required properties: `Action`, `Principal`, `ProfileName`, `StatementId`.
    #[track_caller]
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        statement_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, principal.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, profile_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, statement_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ProfileVersion`.
    ///
    /// Allowed: length 10 to 10.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn profile_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ProfilePermission {
    type Attributes = ProfilePermissionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Signer::ProfilePermission"
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
/// The attributes of a `AWS::Signer::ProfilePermission` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProfilePermissionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProfilePermissionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Signer::ProfilePermission`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Signer::ProfilePermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProfileName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z_]{2,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ProfileVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z]{10}$"),
                min_length: Some(10),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "StatementId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
