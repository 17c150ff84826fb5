// @generated from AWS::DataZone::ProjectMembership (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::ProjectMembership` and its property types.

/// Definition of AWS::DataZone::ProjectMembership Resource Type
///
/// CloudFormation type `AWS::DataZone::ProjectMembership`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectMembership {
    props: ::forma_core::schema::Props,
}
impl ProjectMembership {
    /// A new resource with its required properties: `Designation`, `DomainIdentifier`, `Member`, `ProjectIdentifier`.
    #[track_caller]
    pub fn new(
        designation: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        member: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        project_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, designation.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, domain_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, member.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, project_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ProjectMembership {
    type Attributes = ProjectMembershipAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::ProjectMembership"
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
/// The attributes of a `AWS::DataZone::ProjectMembership` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProjectMembershipAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProjectMembershipAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProjectMembershipAttributes {
    /// `Fn::GetAtt` `MemberIdentifier`.
    pub fn member_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MemberIdentifier")
    }
    /// `Fn::GetAtt` `MemberIdentifierType`.
    pub fn member_identifier_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MemberIdentifierType")
    }
}

/// The schema of `AWS::DataZone::ProjectMembership`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataZone::ProjectMembership",
    properties: &[
        ::forma_core::schema::Property {
            name: "Designation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^dzd[-_][a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Member",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ProjectIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["MemberIdentifier", "MemberIdentifierType"],
};
